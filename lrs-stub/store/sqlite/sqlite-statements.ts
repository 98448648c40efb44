/**
 * Statements in SQLite: one row of JSON per statement plus one statement_keys row per index
 * key. A statement whose object is a StatementRef also gets its target's keys, so filters
 * match statements that target a matching statement, as the spec's query rules require.
 * Every value goes through bound parameters; the only SQL built at run time is the list of
 * `seq IN (...)` conditions, whose shape (not content) depends on the filter.
 */
import type Database from 'better-sqlite3';
import type { AttachmentContent, IndexKey, NewStatement, StatementFilter, StatementStore, StoredStatement } from '../store.ts';

interface Row {
  seq: number;
  id: string;
  stored: string;
  voided: number;
  json: string;
}

const toStored = (row: Row): StoredStatement => ({ seq: row.seq, id: row.id, stored: row.stored, voided: row.voided === 1, json: row.json });

/** Index rows per INSERT: 3 parameters each, well under SQLite's 32,766 bound parameters. */
const KEYS_PER_INSERT = 50;

export function sqliteStatements(db: Database.Database): StatementStore {
  const insertRow = db.prepare('INSERT INTO statements (id, stored, ref_target, voids_target, voided, keys, json) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const voidedEarlier = db.prepare('SELECT 1 FROM statements WHERE voids_target = ? LIMIT 1').pluck();
  const voidRow = db.prepare('UPDATE statements SET voided = 1 WHERE id = ?');
  const keysOf = db.prepare('SELECT keys FROM statements WHERE id = ?').pluck();
  const referrers = db.prepare('SELECT seq FROM statements WHERE ref_target = ?').pluck();
  const byId = db.prepare('SELECT seq, id, stored, voided, json FROM statements WHERE id = ?');
  const maxSeq = db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'statements'").pluck();
  const maxStored = db.prepare('SELECT max(stored) FROM statements').pluck();
  const countAll = db.prepare('SELECT count(*) FROM statements').pluck();
  const insertAttachment = db.prepare('INSERT OR IGNORE INTO attachments (sha2, content_type, content) VALUES (?, ?, ?)');
  const attachmentBySha = db.prepare('SELECT sha2, content_type AS contentType, content FROM attachments WHERE sha2 = ?');
  const seqsOfAgent = db.prepare("SELECT DISTINCT seq FROM statement_keys WHERE kind IN ('agent', 'related-agent') AND value = ?").pluck();
  const rowBySeq = db.prepare('SELECT keys, json FROM statements WHERE seq = ?');
  const deleteBySeq = db.prepare('DELETE FROM statements WHERE seq = ?');
  const deleteAgentKeys = db.prepare("DELETE FROM statement_keys WHERE kind IN ('agent', 'related-agent') AND value = ?");
  const attachmentInUse = db.prepare('SELECT 1 FROM statements WHERE json LIKE ? LIMIT 1').pluck();
  const deleteAttachment = db.prepare('DELETE FROM attachments WHERE sha2 = ?');
  const queries = new Map<string, Database.Statement>();
  let lastStored = maxStored.get() as string | null | undefined;

  // A statement's index rows go in with one multi-row INSERT (one prepared statement per row
  // count, up to KEYS_PER_INSERT) instead of one INSERT each: a typical statement has about
  // eight keys, and each separate run costs a round trip into SQLite's VM.
  const keyInserts: Database.Statement[] = [];
  const keyInsert = (count: number): Database.Statement => {
    let statement = keyInserts[count];
    if (!statement) {
      statement = db.prepare(`INSERT OR IGNORE INTO statement_keys (kind, value, seq) VALUES ${Array.from({ length: count }, () => '(?, ?, ?)').join(', ')}`);
      keyInserts[count] = statement;
    }
    return statement;
  };
  const addKeys = (seq: number, keys: readonly IndexKey[]) => {
    for (let start = 0; start < keys.length; start += KEYS_PER_INSERT) {
      const slice = keys.length <= KEYS_PER_INSERT ? keys : keys.slice(start, start + KEYS_PER_INSERT);
      const params: unknown[] = [];
      for (const key of slice) params.push(key.kind, key.value, seq);
      keyInsert(slice.length).run(params);
    }
  };

  const insertRows = (statements: readonly NewStatement[], attachments: readonly AttachmentContent[]) => {
    for (const attachment of attachments) insertAttachment.run(attachment.sha2, attachment.contentType, attachment.content);
    for (const statement of statements) {
      const keysJson = JSON.stringify(statement.keys);
      // A voiding statement may arrive before its target: the target is then stored voided.
      const voided = voidedEarlier.get(statement.id) === undefined ? 0 : 1;
      const seq = Number(insertRow.run(statement.id, statement.stored, statement.refTarget ?? null, statement.voidsTarget ?? null, voided, keysJson, statement.json).lastInsertRowid);
      addKeys(seq, statement.keys);
      if (statement.refTarget !== undefined) {
        const targetKeys = keysOf.get(statement.refTarget) as string | undefined;
        if (targetKeys !== undefined) addKeys(seq, JSON.parse(targetKeys) as IndexKey[]);
      }
      for (const referrer of referrers.all(statement.id) as number[]) addKeys(referrer, statement.keys);
      if (statement.voidsTarget !== undefined) voidRow.run(statement.voidsTarget);
    }
  };
  const insertAll = db.transaction(insertRows);

  const eraseRows = (ifi: string): number => {
    // The index also lists statements that only refer to one of the person's (they carry its
    // keys): only statements whose own keys name the person go.
    const seqs: number[] = [];
    const shas = new Set<string>();
    for (const seq of seqsOfAgent.all(ifi) as number[]) {
      const row = rowBySeq.get(seq) as { keys: string; json: string };
      if (!(JSON.parse(row.keys) as IndexKey[]).some((key) => (key.kind === 'agent' || key.kind === 'related-agent') && key.value === ifi)) continue;
      for (const sha2 of attachmentShas(row.json)) shas.add(sha2);
      deleteBySeq.run(seq);
      seqs.push(seq);
    }
    // One pass over the index for all of them: statement_keys is keyed by (kind, value, seq).
    for (let start = 0; start < seqs.length; start += 500) {
      const slice = seqs.slice(start, start + 500);
      db.prepare(`DELETE FROM statement_keys WHERE seq IN (${slice.map(() => '?').join(', ')})`).run(...slice);
    }
    // Statements referring to an erased one carry copies of its keys.
    deleteAgentKeys.run(ifi);
    for (const sha2 of shas) if (attachmentInUse.get(`%"sha2":"${sha2.replace(/[%_]/g, '')}"%`) === undefined) deleteAttachment.run(sha2);
    return seqs.length;
  };
  const eraseAll = db.transaction(eraseRows);

  const prepareQuery = (filter: StatementFilter): Database.Statement => {
    const shape = [filter.keys.map((k) => k.kinds.length).join('+'), filter.since !== undefined, filter.until !== undefined, filter.afterSeq !== undefined, filter.maxSeq !== undefined, filter.ascending].join(',');
    let statement = queries.get(shape);
    if (!statement) {
      const where = ['voided = 0'];
      for (const key of filter.keys) {
        const kinds = key.kinds.length === 1 ? 'kind = ?' : `kind IN (${key.kinds.map(() => '?').join(', ')})`;
        where.push(`seq IN (SELECT seq FROM statement_keys WHERE ${kinds} AND value = ?)`);
      }
      if (filter.since !== undefined) where.push('stored > ?');
      if (filter.until !== undefined) where.push('stored <= ?');
      if (filter.afterSeq !== undefined) where.push(filter.ascending ? 'seq > ?' : 'seq < ?');
      if (filter.maxSeq !== undefined) where.push('seq <= ?');
      // `stored` never decreases with seq (the LRS's stored clock), so for time-bounded queries
      // ordering by (stored, seq) is the same order and lets SQLite walk the stored index
      // instead of scanning every statement when few match.
      const direction = filter.ascending ? 'ASC' : 'DESC';
      const order = filter.since !== undefined || filter.until !== undefined ? `stored ${direction}, seq ${direction}` : `seq ${direction}`;
      statement = db.prepare(`SELECT seq, id, stored, voided, json FROM statements WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ?`);
      queries.set(shape, statement);
    }
    return statement;
  };

  return {
    insert(statements, attachments) {
      // Inside a transaction already (the group commit runs each request in a savepoint), the
      // rows are atomic with it; a nested db.transaction() would add a savepoint per insert.
      if (db.inTransaction) insertRows(statements, attachments);
      else insertAll(statements, attachments);
      for (const statement of statements) if (lastStored == null || statement.stored > lastStored) lastStored = statement.stored;
    },
    get(id) {
      const row = byId.get(id) as Row | undefined;
      return row && toStored(row);
    },
    query(filter) {
      const params: unknown[] = [];
      for (const key of filter.keys) params.push(...key.kinds, key.value);
      if (filter.since !== undefined) params.push(filter.since);
      if (filter.until !== undefined) params.push(filter.until);
      if (filter.afterSeq !== undefined) params.push(filter.afterSeq);
      if (filter.maxSeq !== undefined) params.push(filter.maxSeq);
      params.push(filter.limit);
      return (prepareQuery(filter).all(...params) as Row[]).map(toStored);
    },
    lastSeq: () => (maxSeq.get() as number | undefined) ?? 0,
    lastStored: () => lastStored ?? undefined,
    attachment: (sha2) => attachmentBySha.get(sha2) as AttachmentContent | undefined,
    count: () => countAll.get() as number,
    eraseAgent: (ifi) => (db.inTransaction ? eraseRows(ifi) : eraseAll(ifi)),
  };
}

/** The sha2 of every attachment a stored statement declares. */
export function attachmentShas(json: string): string[] {
  const attachments = (JSON.parse(json) as { attachments?: { sha2?: unknown }[] }).attachments ?? [];
  return attachments.map((a) => a.sha2).filter((sha2): sha2 is string => typeof sha2 === 'string');
}
