/**
 * Where the register of certified mentors is kept: `lrs-register.sqlite`, a SQLite file of its
 * own beside the LRS database (mode 0600: names and e-mail addresses), for the reasons the
 * accounts file has one (accounts/user-store.ts): the LRS's writing connection may hold a
 * transaction open across turns of the event loop, and the register must not write into it.
 *
 * Every write runs in a transaction, and the follower's cursor (how far into the statements it
 * has read) is written in the same transaction as the entries it produced, so a crash can
 * neither lose a certificate nor register one twice.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { MIN_STATUS_LIST_ENTRIES } from './credentials/status-list.ts';
import { createPrivateFile } from '../store/private-file.ts';
import type { RegisterEntry } from './register-api.ts';
import { migrateRegister } from './register-migrations.ts';
import { compactCode, newVerificationCode } from './verification-code.ts';

export const REGISTER_FILE = 'lrs-register.sqlite';

/** The register file for an LRS database path; `:memory:` stays in memory. */
export function registerPathFor(lrsDbPath: string): string {
  return lrsDbPath === ':memory:' ? ':memory:' : join(dirname(lrsDbPath), REGISTER_FILE);
}

export type IdentifierType = RegisterEntry['identifierType'];

/** A certificate as the register learns of it, before it has a code. */
export interface NewEntry {
  name: string;
  identifier: string;
  identifierType: IdentifierType;
  /** YYYY-MM-DD. */
  awardedOn: string;
  /** ISO 8601 with offset: the credential's validFrom. */
  awardedAt: string;
  language: string;
  courseVersion: string;
  source: RegisterEntry['source'];
  /** The passing statement's id, or the Moodle file's line. */
  sourceRef: string;
  /** The xAPI actor's IFI key (lrs-stub/xapi/agent-ifi.ts), for entries from statements. */
  lrsAgent?: string;
}

/** An entry as stored: what the API shows, and what issuing a credential needs. */
export interface StoredEntry extends RegisterEntry {
  awardedAt: string;
  sourceRef: string;
  lrsAgent: string | null;
  statusIndex: number;
  salt: string;
  createdAt: string;
  revokedBy: string | null;
  credentialJwt: string | null;
}

export type AddResult =
  | { added: true; entry: StoredEntry }
  | { added: false; existing: StoredEntry }
  /** The learner's certificate for this course version was erased at their request on or after the award. */
  | { added: false; erasedOn: string };

/** What the register holds about a learner whose data is erased: by LRS agent, and by identity. */
export interface ErasureTarget {
  /** The IFI key of their statements (lrs-stub/xapi/agent-ifi.ts). */
  lrsAgent: string;
  /** Identities of theirs that other sources (Moodle) register under, e.g. their e-mail address. */
  identities: readonly { identifierType: IdentifierType; identifier: string }[];
}

export type RevokeResult = { outcome: 'revoked'; entry: StoredEntry } | { outcome: 'already-revoked'; entry: StoredEntry } | { outcome: 'not-found' };

export interface SearchOptions {
  q?: string;
  status: 'active' | 'revoked' | 'all';
  /** At most this many entries, newest first; all when left out. */
  limit?: number;
}

export interface RegisterStore {
  readonly path: string;
  /** Runs `work` in one transaction (nested calls join it). */
  transaction<T>(work: () => T): T;
  /** Registers a certificate, or returns the one the same learner already has for that course version. */
  add(entry: NewEntry, now?: Date): AddResult;
  get(code: string): StoredEntry | undefined;
  findBySourceRef(sourceRef: string): StoredEntry | undefined;
  search(options: SearchOptions): { entries: StoredEntry[]; total: number };
  revoke(code: string, revocation: { reason: string; by: string; at?: Date }): RevokeResult;
  /**
   * Deletes the learner's certificates, keeping per certificate only a tombstone: the code
   * (verification then says "revoked", with no name), its status bit set for good, and a hash
   * of the identity that refuses a re-registration of a certificate awarded before the
   * erasure. Returns the certificates erased.
   */
  erase(target: ErasureTarget, now?: Date): number;
  /** The certificates `erase(target)` would erase, for the learner's data export. */
  entriesOf(target: ErasureTarget): StoredEntry[];
  /** When the certificate with this code was erased, if it was. */
  erasedOn(code: string): string | undefined;
  /** Points an LRS entry at another passing statement (its first one was voided). */
  setSourceRef(code: string, sourceRef: string): void;
  /** Entries whose credential is not issued yet. */
  withoutCredential(): StoredEntry[];
  /** Keeps the issued VC-JWT; false when the entry already has one. */
  setCredential(code: string, jwt: string): boolean;
  /** The status list bits that are set: the revoked entries' indexes. */
  revokedIndexes(): number[];
  /** Changes whenever a bit of the status list does. */
  statusRevision(): number;
  /** The last statement seq the follower has read. */
  followerSeq(): number;
  setFollowerSeq(seq: number): void;
  close(): void;
}

interface EntryRow {
  code: string;
  name: string;
  identifier: string;
  identifier_type: IdentifierType;
  awarded_on: string;
  awarded_at: string;
  language: string;
  course_version: string;
  source: RegisterEntry['source'];
  source_ref: string;
  lrs_agent: string | null;
  status_index: number;
  salt: string;
  created_at: string;
  revoked_at: string | null;
  revoked_reason: string | null;
  revoked_by: string | null;
  credential_jwt: string | null;
}

const toEntry = (row: EntryRow): StoredEntry => ({
  code: row.code,
  name: row.name,
  identifier: row.identifier,
  identifierType: row.identifier_type,
  awardedOn: row.awarded_on,
  awardedAt: row.awarded_at,
  language: row.language,
  courseVersion: row.course_version,
  source: row.source,
  status: row.revoked_at === null ? 'active' : 'revoked',
  revokedOn: row.revoked_at === null ? null : row.revoked_at.slice(0, 10),
  revokedReason: row.revoked_reason,
  sourceRef: row.source_ref,
  lrsAgent: row.lrs_agent,
  statusIndex: row.status_index,
  salt: row.salt,
  createdAt: row.created_at,
  revokedBy: row.revoked_by,
  credentialJwt: row.credential_jwt,
});

/** What search matches: name, identifier and code (also without dashes), folded to lower case. */
export const searchText = (entry: { name: string; identifier: string; code: string }): string =>
  [entry.name, entry.identifier, entry.code, compactCode(entry.code)].join('\u0000').normalize('NFKC').toLowerCase();

/** The tombstone's key for a learner and course version: no name, no address in clear. */
const identityHash = (identifierType: IdentifierType, identifier: string): string => createHash('sha256').update(`${identifierType}\u0000${identifier}`).digest('hex');

const FOLLOWER_SEQ = 'follower.seq';
const STATUS_REVISION = 'status.revision';

export function openRegisterStore(options: { path: string }): RegisterStore {
  const { path } = options;
  if (path !== ':memory:') {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    createPrivateFile(path);
  }
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  migrateRegister(db, path);

  const insert = db.prepare(`INSERT INTO entries (code, name, identifier, identifier_type, awarded_on, awarded_at, language, course_version, source,
    source_ref, lrs_agent, status_index, salt, created_at, search_text) VALUES (@code, @name, @identifier, @identifierType, @awardedOn, @awardedAt,
    @language, @courseVersion, @source, @sourceRef, @lrsAgent, @statusIndex, @salt, @createdAt, @searchText)`);
  const byCode = db.prepare<[string], EntryRow>('SELECT * FROM entries WHERE code = ?');
  const byIdentity = db.prepare<[string, string, string], EntryRow>('SELECT * FROM entries WHERE identifier_type = ? AND identifier = ? AND course_version = ?');
  const bySourceRef = db.prepare<[string], EntryRow>('SELECT * FROM entries WHERE source_ref = ? ORDER BY created_at LIMIT 1');
  const indexTaken = db.prepare<[number, number]>('SELECT 1 FROM entries WHERE status_index = ? UNION ALL SELECT 1 FROM erased WHERE status_index = ?').pluck();
  const codeTaken = db.prepare<[string, string]>('SELECT 1 FROM entries WHERE code = ? UNION ALL SELECT 1 FROM erased WHERE code = ?').pluck();
  const usedIndexes = db.prepare<[]>('SELECT status_index FROM entries UNION SELECT status_index FROM erased ORDER BY status_index').pluck();
  const revoke = db.prepare('UPDATE entries SET revoked_at = ?, revoked_reason = ?, revoked_by = ? WHERE code = ? AND revoked_at IS NULL');
  const setSourceRef = db.prepare('UPDATE entries SET source_ref = ? WHERE code = ?');
  const pending = db.prepare<[], EntryRow>('SELECT * FROM entries WHERE credential_jwt IS NULL ORDER BY created_at');
  const setCredential = db.prepare('UPDATE entries SET credential_jwt = ? WHERE code = ? AND credential_jwt IS NULL');
  const revoked = db.prepare<[]>('SELECT status_index FROM entries WHERE revoked_at IS NOT NULL UNION SELECT status_index FROM erased ORDER BY status_index').pluck();
  const erasedAfter = db.prepare<[string, string, string]>('SELECT max(erased_at) FROM erased WHERE identity_sha256 = ? AND course_version = ? AND erased_at >= ?').pluck();
  const erasedCode = db.prepare<[string]>('SELECT erased_at FROM erased WHERE code = ?').pluck();
  const ofAgent = db.prepare<[string], EntryRow>('SELECT * FROM entries WHERE lrs_agent = ?');
  const ofIdentity = db.prepare<[string, string], EntryRow>('SELECT * FROM entries WHERE identifier_type = ? AND identifier = ?');
  const tombstone = db.prepare('INSERT INTO erased (code, status_index, identity_sha256, course_version, erased_at) VALUES (?, ?, ?, ?, ?)');
  const deleteEntry = db.prepare('DELETE FROM entries WHERE code = ?');
  const getState = db.prepare<[string]>('SELECT value FROM register_state WHERE key = ?').pluck();
  const putState = db.prepare('INSERT INTO register_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');

  const rowsOf = (target: ErasureTarget): Map<string, EntryRow> => {
    const rows = new Map<string, EntryRow>();
    for (const row of ofAgent.all(target.lrsAgent)) rows.set(row.code, row);
    for (const { identifierType, identifier } of target.identities) for (const row of ofIdentity.all(identifierType, identifier)) rows.set(row.code, row);
    return rows;
  };

  const transaction = <T>(work: () => T): T => (db.inTransaction ? work() : db.transaction(work)());
  const stateNumber = (key: string): number => Number(getState.get(key) ?? 0);

  /**
   * A random free bit of the status list. Random, not sequential: Bitstring Status List's
   * privacy considerations warn that indexes handed out in order tell a verifier roughly when
   * (and next to whom) a credential was issued.
   */
  function freeStatusIndex(): number {
    for (let attempt = 0; attempt < 64; attempt += 1) {
      const index = randomInt(MIN_STATUS_LIST_ENTRIES);
      if (indexTaken.get(index, index) === undefined) return index;
    }
    // Only when the list is nearly full: the lowest free index, if any.
    let expected = 0;
    for (const used of usedIndexes.all() as number[]) {
      if (used !== expected) break;
      expected += 1;
    }
    if (expected >= MIN_STATUS_LIST_ENTRIES) {
      throw new Error(`${path}: the revocation status list is full (${MIN_STATUS_LIST_ENTRIES} certificates); a second list is not implemented yet`);
    }
    return expected;
  }

  function freeCode(): string {
    for (;;) {
      const code = newVerificationCode();
      if (codeTaken.get(code, code) === undefined) return code;
    }
  }

  return {
    path,
    transaction,
    add(entry, now = new Date()) {
      return transaction((): AddResult => {
        const existing = byIdentity.get(entry.identifierType, entry.identifier, entry.courseVersion);
        if (existing) return { added: false, existing: toEntry(existing) };
        // Passed before the erasure (an old export, a replayed statement): stays erased. A pass
        // after it is a new certificate the learner earned since.
        const erasedAt = erasedAfter.get(identityHash(entry.identifierType, entry.identifier), entry.courseVersion, entry.awardedAt) as string | null;
        if (erasedAt) return { added: false, erasedOn: erasedAt.slice(0, 10) };
        const code = freeCode();
        insert.run({
          ...entry,
          code,
          lrsAgent: entry.lrsAgent ?? null,
          statusIndex: freeStatusIndex(),
          // Open Badges hashes the learner's identifiers with this salt (credentials/hashed-identity.ts).
          salt: randomBytes(16).toString('base64url'),
          createdAt: now.toISOString(),
          searchText: searchText({ ...entry, code }),
        });
        return { added: true, entry: toEntry(byCode.get(code)!) };
      });
    },
    get(code) {
      const row = byCode.get(code);
      return row && toEntry(row);
    },
    findBySourceRef(sourceRef) {
      const row = bySourceRef.get(sourceRef);
      return row && toEntry(row);
    },
    search(options) {
      const where: string[] = [];
      const params: (string | number)[] = [];
      const q = options.q?.trim().normalize('NFKC').toLowerCase();
      // instr, not LIKE: LIKE folds only ASCII case and treats % and _ in the query as wildcards.
      if (q) {
        where.push('instr(search_text, ?) > 0');
        params.push(q);
      }
      if (options.status === 'active') where.push('revoked_at IS NULL');
      if (options.status === 'revoked') where.push('revoked_at IS NOT NULL');
      const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
      const total = db.prepare(`SELECT count(*) FROM entries ${clause}`).pluck().get(...params) as number;
      const limit = options.limit === undefined ? '' : ' LIMIT ?';
      const rows = db.prepare(`SELECT * FROM entries ${clause} ORDER BY awarded_on DESC, created_at DESC, code${limit}`).all(...params, ...(options.limit === undefined ? [] : [options.limit])) as EntryRow[];
      return { entries: rows.map(toEntry), total };
    },
    revoke(code, revocation) {
      return transaction((): RevokeResult => {
        const row = byCode.get(code);
        if (!row) return { outcome: 'not-found' };
        if (row.revoked_at !== null) return { outcome: 'already-revoked', entry: toEntry(row) };
        revoke.run((revocation.at ?? new Date()).toISOString(), revocation.reason, revocation.by, code);
        putState.run(STATUS_REVISION, String(stateNumber(STATUS_REVISION) + 1));
        return { outcome: 'revoked', entry: toEntry(byCode.get(code)!) };
      });
    },
    entriesOf: (target) => [...rowsOf(target).values()].map(toEntry),
    erase(target, now = new Date()) {
      return transaction(() => {
        const rows = rowsOf(target);
        for (const row of rows.values()) {
          tombstone.run(row.code, row.status_index, identityHash(row.identifier_type, row.identifier), row.course_version, now.toISOString());
          deleteEntry.run(row.code);
        }
        // Bits of active certificates were just set: the published list changes.
        if (rows.size > 0) putState.run(STATUS_REVISION, String(stateNumber(STATUS_REVISION) + 1));
        return rows.size;
      });
    },
    erasedOn: (code) => (erasedCode.get(code) as string | undefined)?.slice(0, 10),
    setSourceRef: (code, sourceRef) => void transaction(() => setSourceRef.run(sourceRef, code)),
    withoutCredential: () => pending.all().map(toEntry),
    setCredential: (code, jwt) => transaction(() => setCredential.run(jwt, code).changes === 1),
    revokedIndexes: () => revoked.all() as number[],
    statusRevision: () => stateNumber(STATUS_REVISION),
    followerSeq: () => stateNumber(FOLLOWER_SEQ),
    setFollowerSeq: (seq) => void transaction(() => putState.run(FOLLOWER_SEQ, String(seq))),
    close: () => db.close(),
  };
}
