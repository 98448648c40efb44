/**
 * Statements in PostgreSQL, inside the worker thread: the StatementStore operations, each run
 * for one blocking call of the main thread, so a batch goes in with a handful of set-based SQL
 * statements (unnest of arrays) instead of a round trip per row. Same rows as SQLite: the
 * statement's JSON text exactly as given, plus one statement_keys row per index key; a
 * statement whose object is a StatementRef also gets its target's keys, in either arrival
 * order. Every value is a bound parameter; only the shape of a query's WHERE is built here.
 */
import { escapeText } from './pg-text.mjs';

const toStored = (row) => ({ seq: row.seq, id: row.id, stored: row.stored, voided: row.voided, json: row.json });

/** A Buffer the main thread can take back without copying a whole pool (pg's small Buffers share one). */
export const ownBytes = (bytes) => (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes));

/** Bytes from the main thread arrive as Uint8Array (structured clone); pg writes a Buffer as bytea. */
export const asBuffer = (bytes) => (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));

/** The sha2 of every attachment a stored statement declares (as sqlite-statements.ts's attachmentShas). */
const attachmentShas = (json) => (JSON.parse(json).attachments ?? []).map((a) => a.sha2).filter((sha2) => typeof sha2 === 'string');

const INSERT_ATTACHMENTS = `
  INSERT INTO attachments (sha2, content_type, content)
  SELECT * FROM unnest($1::text[], $2::text[], $3::bytea[])
  ON CONFLICT (sha2) DO NOTHING`;

// The statements in array order (seq follows), and their own keys from the rows just inserted.
const INSERT_STATEMENTS = `
  WITH inserted AS (
    INSERT INTO statements (id, stored, ref_target, voids_target, keys, json)
    SELECT id, stored, ref_target, voids_target, keys, json
    FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::jsonb[], $6::text[]) WITH ORDINALITY AS r(id, stored, ref_target, voids_target, keys, json, ord)
    ORDER BY ord
    RETURNING seq, keys
  )
  INSERT INTO statement_keys (kind, value, seq)
  SELECT k.kind, k.value, inserted.seq FROM inserted, jsonb_to_recordset(inserted.keys) AS k(kind text, value text)
  ON CONFLICT DO NOTHING`;

// After the rows are in, one statement links them to the others (both parts read the rows just
// inserted, and neither reads what the other changes):
// - A referrer gets its target's own keys: new referrers of any target, and earlier referrers
//   of new targets ($1, the new ids). The LIMIT keeps the target look-up a per-row index probe:
//   as a plain join, the plan hashed the whole statements table for every batch.
// - A target is voided when any statement voids it, including a voiding statement that arrived
//   before it ($2: the new ids and the targets they void).
const LINK_STATEMENTS = `
  WITH copied AS (
    INSERT INTO statement_keys (kind, value, seq)
    SELECT k.kind, k.value, r.seq
    FROM (
      SELECT seq, ref_target FROM statements WHERE id = ANY($1::text[]) AND ref_target IS NOT NULL
      UNION ALL
      SELECT seq, ref_target FROM statements WHERE ref_target = ANY($1::text[])
    ) r
    CROSS JOIN LATERAL (SELECT t.keys FROM statements t WHERE t.id = r.ref_target LIMIT 1) t
    CROSS JOIN LATERAL jsonb_to_recordset(t.keys) AS k(kind text, value text)
    ON CONFLICT DO NOTHING
  ), voided AS (
    UPDATE statements SET voided = true
    WHERE NOT voided AND id IN (SELECT voids_target FROM statements WHERE voids_target = ANY($2::text[]))
  )
  SELECT 1`;

const ERASE_STATEMENTS = `
  DELETE FROM statements
  WHERE seq IN (SELECT seq FROM statement_keys WHERE kind IN ('agent', 'related-agent') AND value = $1)
    AND (keys @> $2::jsonb OR keys @> $3::jsonb)
  RETURNING seq, json`;

// Kept while any statement left still declares it; the JSON is compact (JSON.stringify), as SQLite's LIKE assumes too.
const ERASE_UNUSED_ATTACHMENTS = `
  DELETE FROM attachments a
  WHERE a.sha2 = ANY($1::text[])
    AND NOT EXISTS (SELECT 1 FROM statements s WHERE strpos(s.json, '"sha2":"' || a.sha2 || '"') > 0)`;

function querySql(filter) {
  const where = ['NOT voided'];
  const values = [];
  const bind = (value) => `$${values.push(value)}`;
  for (const key of filter.keys) where.push(`seq IN (SELECT seq FROM statement_keys WHERE kind = ANY(${bind(key.kinds)}::text[]) AND value = ${bind(key.value)})`);
  if (filter.since !== undefined) where.push(`stored > ${bind(filter.since)}`);
  if (filter.until !== undefined) where.push(`stored <= ${bind(filter.until)}`);
  if (filter.afterSeq !== undefined) where.push(`seq ${filter.ascending ? '>' : '<'} ${bind(filter.afterSeq)}`);
  if (filter.maxSeq !== undefined) where.push(`seq <= ${bind(filter.maxSeq)}`);
  // `stored` never decreases with seq, so for time-bounded queries (stored, seq) is the same
  // order, and PostgreSQL can walk the (stored, seq) index instead of every statement.
  const direction = filter.ascending ? 'ASC' : 'DESC';
  const order = filter.since !== undefined || filter.until !== undefined ? `stored ${direction}, seq ${direction}` : `seq ${direction}`;
  const limit = bind(Math.min(filter.limit, Number.MAX_SAFE_INTEGER));
  return { text: `SELECT seq, id, stored, voided, json FROM statements WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ${limit}`, values };
}

export const statementOperations = {
  insertStatements: {
    name: 'statements.insert',
    write: true,
    async run(client, { statements, attachments }) {
      if (attachments.length > 0) {
        await client.query({ name: 'wm_insert_attachments', text: INSERT_ATTACHMENTS, values: [attachments.map((a) => a.sha2), attachments.map((a) => a.contentType), attachments.map((a) => asBuffer(a.content))] });
      }
      if (statements.length === 0) return undefined;
      const ids = statements.map((s) => s.id);
      await client.query({
        name: 'wm_insert_statements',
        text: INSERT_STATEMENTS,
        values: [ids, statements.map((s) => s.stored), statements.map((s) => s.refTarget ?? null), statements.map((s) => s.voidsTarget ?? null), statements.map((s) => JSON.stringify(s.keys.map((k) => ({ kind: k.kind, value: escapeText(k.value) })))), statements.map((s) => s.json)],
      });
      const voidsTargets = statements.flatMap((s) => (s.voidsTarget === undefined ? [] : [s.voidsTarget]));
      await client.query({ name: 'wm_link_statements', text: LINK_STATEMENTS, values: [ids, [...ids, ...voidsTargets]] });
      return undefined;
    },
  },
  getStatement: {
    name: 'statements.get',
    write: false,
    async run(client, { id }) {
      const { rows } = await client.query({ name: 'wm_statement_by_id', text: 'SELECT seq, id, stored, voided, json FROM statements WHERE id = $1', values: [id] });
      return rows[0] && toStored(rows[0]);
    },
  },
  queryStatements: {
    name: 'statements.query',
    write: false,
    async run(client, { filter }) {
      // Unnamed on purpose: a fresh plan per query suits agents with ten statements and with ten thousand alike.
      return (await client.query(querySql(filter))).rows.map(toStored);
    },
  },
  lastSeq: {
    name: 'statements.lastSeq',
    write: false,
    async run(client) {
      const { rows } = await client.query({ name: 'wm_last_seq', text: 'SELECT CASE WHEN is_called THEN last_value ELSE 0 END AS seq FROM statements_seq' });
      return Number(rows[0].seq);
    },
  },
  lastStored: {
    name: 'statements.lastStored',
    write: false,
    async run(client) {
      const { rows } = await client.query({ name: 'wm_last_stored', text: 'SELECT max(stored) AS stored FROM statements' });
      return rows[0].stored ?? undefined;
    },
  },
  attachment: {
    name: 'statements.attachment',
    write: false,
    async run(client, { sha2 }) {
      const { rows } = await client.query({ name: 'wm_attachment', text: 'SELECT sha2, content_type, content FROM attachments WHERE sha2 = $1', values: [sha2] });
      return rows[0] && { sha2: rows[0].sha2, contentType: rows[0].content_type, content: ownBytes(rows[0].content) };
    },
  },
  countStatements: {
    name: 'statements.count',
    write: false,
    async run(client) {
      const { rows } = await client.query({ name: 'wm_count', text: 'SELECT count(*) AS n FROM statements' });
      return Number(rows[0].n);
    },
  },
  eraseAgentStatements: {
    name: 'statements.eraseAgent',
    write: true,
    async run(client, { ifi }) {
      // Only statements whose own keys name the person go: the index also lists statements
      // that merely refer to one of theirs (they carry copies of its keys).
      const own = (kind) => JSON.stringify([{ kind, value: escapeText(ifi) }]);
      const { rows } = await client.query({ name: 'wm_erase_statements', text: ERASE_STATEMENTS, values: [ifi, own('agent'), own('related-agent')] });
      if (rows.length > 0) await client.query({ name: 'wm_erase_keys', text: 'DELETE FROM statement_keys WHERE seq = ANY($1::bigint[])', values: [rows.map((row) => row.seq)] });
      // Statements referring to an erased one carry copies of its keys.
      await client.query({ name: 'wm_erase_agent_keys', text: "DELETE FROM statement_keys WHERE kind IN ('agent', 'related-agent') AND value = $1", values: [ifi] });
      const shas = [...new Set(rows.flatMap((row) => attachmentShas(row.json)))];
      if (shas.length > 0) await client.query({ name: 'wm_erase_attachments', text: ERASE_UNUSED_ATTACHMENTS, values: [shas] });
      return rows.length;
    },
  },
};
