/**
 * Documents (state, activity profile, agent profile) and activity definitions in PostgreSQL,
 * inside the worker thread: the DocumentStore and ActivityStore operations, one SQL statement
 * each (so a write needs no transaction of its own outside one). A document scope is (kind, activity_id, agent, registration), '' where a kind has none.
 */
import { ownBytes, asBuffer } from './pg-statements.mjs';

const SCOPE = 'kind = $1 AND activity_id = $2 AND agent = $3 AND registration = $4';
const scopeValues = (scope) => [scope.kind, scope.activityId, scope.agent, scope.registration];
const toDocument = (row) => ({ id: row.id, contentType: row.content_type, content: ownBytes(row.content), etag: row.etag, updated: row.updated });

export const documentOperations = {
  getDocument: {
    name: 'documents.get',
    write: false,
    async run(client, { scope, id }) {
      const { rows } = await client.query({ name: 'wm_document', text: `SELECT id, content_type, content, etag, updated FROM documents WHERE ${SCOPE} AND id = $5`, values: [...scopeValues(scope), id] });
      return rows[0] && toDocument(rows[0]);
    },
  },
  putDocument: {
    name: 'documents.put',
    write: 'one statement',
    async run(client, { scope, document: d }) {
      await client.query({
        name: 'wm_put_document',
        text: `INSERT INTO documents (kind, activity_id, agent, registration, id, content_type, content, etag, updated) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
               ON CONFLICT (kind, activity_id, agent, registration, id) DO UPDATE SET content_type = excluded.content_type, content = excluded.content, etag = excluded.etag, updated = excluded.updated`,
        values: [...scopeValues(scope), d.id, d.contentType, asBuffer(d.content), d.etag, d.updated],
      });
      return undefined;
    },
  },
  deleteDocument: {
    name: 'documents.delete',
    write: 'one statement',
    async run(client, { scope, id }) {
      await client.query({ name: 'wm_delete_document', text: `DELETE FROM documents WHERE ${SCOPE} AND id = $5`, values: [...scopeValues(scope), id] });
      return undefined;
    },
  },
  documentIds: {
    name: 'documents.ids',
    write: false,
    async run(client, { scope, since }) {
      const query =
        since === undefined
          ? { name: 'wm_document_ids', text: `SELECT id FROM documents WHERE ${SCOPE} ORDER BY id`, values: scopeValues(scope) }
          : { name: 'wm_document_ids_since', text: `SELECT id FROM documents WHERE ${SCOPE} AND updated > $5 ORDER BY id`, values: [...scopeValues(scope), since] };
      return (await client.query(query)).rows.map((row) => row.id);
    },
  },
  deleteAllDocuments: {
    name: 'documents.deleteAll',
    write: 'one statement',
    async run(client, { scope }) {
      await client.query({ name: 'wm_delete_documents', text: `DELETE FROM documents WHERE ${SCOPE}`, values: scopeValues(scope) });
      return undefined;
    },
  },
  documentsOfAgent: {
    name: 'documents.ofAgent',
    write: false,
    async run(client, { ifi }) {
      const { rows } = await client.query({
        name: 'wm_documents_of_agent',
        text: 'SELECT kind, activity_id, registration, id, content_type, content, etag, updated FROM documents WHERE agent = $1 ORDER BY kind, activity_id, registration, id',
        values: [ifi],
      });
      return rows.map((row) => ({ scope: { kind: row.kind, activityId: row.activity_id, agent: ifi, registration: row.registration }, document: toDocument(row) }));
    },
  },
  eraseAgentDocuments: {
    name: 'documents.eraseAgent',
    write: 'one statement',
    async run(client, { ifi }) {
      return (await client.query({ name: 'wm_erase_documents', text: 'DELETE FROM documents WHERE agent = $1', values: [ifi] })).rowCount ?? 0;
    },
  },
  getActivity: {
    name: 'activities.get',
    write: false,
    async run(client, { id }) {
      const { rows } = await client.query({ name: 'wm_activity', text: 'SELECT json FROM activities WHERE id = $1', values: [id] });
      return rows[0]?.json;
    },
  },
  putActivity: {
    name: 'activities.put',
    write: 'one statement',
    async run(client, { id, json }) {
      await client.query({ name: 'wm_put_activity', text: 'INSERT INTO activities (id, json) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET json = excluded.json', values: [id, json] });
      return undefined;
    },
  },
};
