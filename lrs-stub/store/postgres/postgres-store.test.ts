/**
 * What is PostgreSQL's own in the PostgreSQL store (the shared behaviour is the store contract):
 * migrations, reopening, connection errors, bytes and JSON text across the worker thread,
 * transactions that survive a failed write, and a process that ends after close().
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { POSTGRES_MIGRATIONS } from './migrations.ts';
import { openPostgresStore } from './postgres-store.ts';
import { withPostgresTestUrl } from './postgres-test-schema.ts';
import { parsePostgresUrl, redactPostgresUrl } from './postgres-url.ts';
import type { NewStatement } from '../store.ts';

const statement = (id: string, json = JSON.stringify({ id }), extra: Partial<NewStatement> = {}): NewStatement => ({ id, stored: '2024-01-01T00:00:00.000Z', json, keys: [], ...extra });
const scope = { kind: 'state' as const, activityId: 'http://a', agent: 'mbox|mailto:a@example.com', registration: '' };

describe('postgres store, LRS_DB URL', () => {
  it('takes the schema from ?schema= and passes every other parameter to pg', () => {
    const target = parsePostgresUrl('postgres://ana:s%40cret@db.example.com:6543/lrs?schema=cohort_7&sslmode=require');
    expect(target).toMatchObject({ schema: 'cohort_7', where: 'db.example.com:6543/lrs as ana', password: 's@cret' });
    expect(target.connectionString).toBe('postgres://ana:s%40cret@db.example.com:6543/lrs?sslmode=require');
    expect(parsePostgresUrl('postgresql://ana@db/lrs').schema).toBe('public');
  });

  it('refuses a schema that is not a plain name, and a URL it cannot parse, without echoing the password', () => {
    expect(() => parsePostgresUrl('postgres://ana:pw@db/lrs?schema=x;drop')).toThrow(/schema "x;drop" is not a plain PostgreSQL name/);
    expect(() => parsePostgresUrl('postgres://ana:s3cret@db:port/lrs')).toThrow(/not a valid PostgreSQL URL/);
    expect(() => parsePostgresUrl('postgres://ana:s3cret@db:port/lrs')).not.toThrow(/s3cret/);
    expect(redactPostgresUrl('postgres://ana:s3cret@db/lrs')).toBe('postgres://ana:***@db/lrs');
  });

  it('says where it could not connect and what to check, without the password', () => {
    // Port 1 on the loopback: nothing listens there, so the connection is refused at once.
    const open = () => openPostgresStore({ url: 'postgres://ana:s3cret@127.0.0.1:1/lrs' });
    expect(open).toThrow(/could not connect to PostgreSQL at 127\.0\.0\.1:1\/lrs as ana: .*ECONNREFUSED.*; check LRS_DB/);
    expect(open).not.toThrow(/s3cret/);
  });
});

withPostgresTestUrl((open, freshUrl) => {
  describe('postgres store, schema', () => {
    it('applies every migration once, and only the new ones to an existing schema', () => {
      const schemaUrl = freshUrl();
      const first = openPostgresStore({ url: schemaUrl });
      expect(first.migrated).toEqual(POSTGRES_MIGRATIONS.map((m) => m.id));
      first.close();
      const again = openPostgresStore({ url: schemaUrl });
      expect(again.migrated).toEqual([]);
      again.close();
      const next = { id: POSTGRES_MIGRATIONS.length + 1, name: 'test column', sql: 'ALTER TABLE activities ADD COLUMN note TEXT' };
      const newer = openPostgresStore({ url: schemaUrl, migrations: [...POSTGRES_MIGRATIONS, next] });
      expect(newer.migrated).toEqual([next.id]);
      newer.close();
      // Now the schema is ahead of the code.
      expect(() => openPostgresStore({ url: schemaUrl })).toThrow(/has migration 2, newer than this code knows \(1\)/);
    });

    it('keeps statements, documents and activities across a reopen, and the stored clock with them', () => {
      const schemaUrl = freshUrl();
      const store = openPostgresStore({ url: schemaUrl });
      store.statements.insert([statement('s1', undefined, { stored: '2024-05-01T10:00:00.000Z', keys: [{ kind: 'verb', value: 'http://v' }] })], []);
      store.documents.put(scope, { id: 'resume', contentType: 'application/json', content: Buffer.from('{"page":3}'), etag: '"e"', updated: '2024-05-01T10:00:00.000Z' });
      store.activities.put('http://a', '{"id":"http://a"}');
      const seq = store.statements.lastSeq();
      store.close();
      const reopened = openPostgresStore({ url: schemaUrl });
      expect(reopened.statements.get('s1')?.json).toBe('{"id":"s1"}');
      expect(reopened.statements.query({ keys: [{ kinds: ['verb'], value: 'http://v' }], ascending: true, limit: 10 }).map((s) => s.id)).toEqual(['s1']);
      expect(reopened.statements.lastStored()).toBe('2024-05-01T10:00:00.000Z');
      expect(reopened.statements.lastSeq()).toBe(seq);
      expect(reopened.documents.get(scope, 'resume')?.content.toString()).toBe('{"page":3}');
      expect(reopened.activities.get('http://a')).toBe('{"id":"http://a"}');
      reopened.close();
    });

    it('says what to check when the password is wrong, without the password', () => {
      const wrong = new URL(freshUrl());
      wrong.password = 'not-the-password-42';
      const openWrong = () => openPostgresStore({ url: wrong.toString() });
      expect(openWrong).toThrow(/could not connect to PostgreSQL at .* as .*: password authentication failed.*; check LRS_DB/);
      expect(openWrong).not.toThrow(/not-the-password-42/);
    });
  });

  describe('postgres store, across the worker thread', () => {
    it('gives back attachment and document bytes exactly, as Buffers', () => {
      const store = open();
      const everyByte = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
      const big = Buffer.alloc(3 * 1024 * 1024, 0xa5);
      // A view into the middle of a larger buffer: only its own bytes may travel.
      const view = Buffer.from('xxhello worldxx').subarray(2, 13);
      store.statements.insert([statement('s1')], [
        { sha2: 'every', contentType: 'application/octet-stream', content: everyByte },
        { sha2: 'big', contentType: 'application/octet-stream', content: big },
        { sha2: 'view', contentType: 'text/plain', content: view },
      ]);
      for (const [sha2, bytes] of [['every', everyByte], ['big', big], ['view', view]] as const) {
        const content = store.statements.attachment(sha2)!.content;
        expect(Buffer.isBuffer(content)).toBe(true);
        expect(content.equals(bytes)).toBe(true);
      }
      store.documents.put(scope, { id: 'bin', contentType: 'application/octet-stream', content: everyByte, etag: '"b"', updated: '2024-01-01T00:00:00.000Z' });
      const document = store.documents.get(scope, 'bin')!;
      expect(Buffer.isBuffer(document.content) && document.content.equals(everyByte)).toBe(true);
      const exported = store.documents.ofAgent(scope.agent)[0]!.document.content;
      expect(Buffer.isBuffer(exported) && exported.equals(everyByte)).toBe(true);
    });

    it('returns statement JSON text byte for byte: spacing, escapes, unicode and number forms as given', () => {
      const store = open();
      const odd = '{ "id" :"odd",\n\t"b":1.0, "a":[ 1e3 ,-0 ],"c":"\\u00e9\\"\\/", "d":"é ü 中文 עברית 🎓 é", "e" : {}  }';
      store.statements.insert([statement('odd', odd)], []);
      expect(store.statements.get('odd')!.json).toBe(odd);
      expect(store.statements.query({ keys: [], ascending: true, limit: 1 })[0]!.json).toBe(odd);
      store.activities.put('http://a/é', '{"name": {"ar": "مرشد"}}');
      expect(store.activities.get('http://a/é')).toBe('{"name": {"ar": "مرشد"}}');
    });
  });

  describe('postgres store, text PostgreSQL cannot hold as it is', () => {
    it('keeps U+0000 and U+0001 in index values and document scopes, each distinct, as SQLite does', () => {
      const store = open();
      const names = ['a\u0000b', 'a\u0001b', 'a\u0001\u0001b', 'ab'];
      store.statements.insert(names.map((name, i) => statement(`s${i}`, undefined, { keys: [{ kind: 'agent', value: `account|http://x|${name}` }] })), []);
      names.forEach((name, i) => {
        expect(store.statements.query({ keys: [{ kinds: ['agent'], value: `account|http://x|${name}` }], ascending: true, limit: 10 }).map((s) => s.id)).toEqual([`s${i}`]);
      });
      const document = { contentType: 'text/plain', content: Buffer.from('x'), etag: '"x"', updated: '2024-01-01T00:00:00.000Z' };
      const nulScope = { ...scope, agent: 'account|http://x|a\u0000b' };
      for (const id of ['z', 'b\u0001', 'b\u0000', 'b']) store.documents.put(nulScope, { ...document, id });
      // Byte order, as SQLite's BINARY collation sorts them.
      expect(store.documents.ids(nulScope)).toEqual(['b', 'b\u0000', 'b\u0001', 'z']);
      expect(store.documents.ofAgent(nulScope.agent).map((d) => d.document.id)).toEqual(['b', 'b\u0000', 'b\u0001', 'z']);
      expect(store.documents.get(nulScope, 'b\u0000')?.id).toBe('b\u0000');
      expect(store.transaction(() => store.statements.eraseAgent('account|http://x|a\u0000b'))).toBe(1);
      expect(store.statements.get('s0')).toBeUndefined();
      expect(store.statements.count()).toBe(3);
    });
  });

  describe('postgres store, transactions', () => {
    it('keeps a transaction usable after a failed write in it, as SQLite does', () => {
      const store = open();
      store.statements.insert([statement('s1')], []);
      store.transaction(() => {
        // PostgreSQL aborts a transaction at its first error; each write runs in its own savepoint.
        expect(() => store.statements.insert([statement('s2'), statement('s1')], [])).toThrow(/duplicate key.*s1/);
        store.statements.insert([statement('s3')], []);
      });
      expect(store.statements.query({ keys: [], ascending: true, limit: 10 }).map((s) => s.id)).toEqual(['s1', 's3']);
    });

    it('undoes only a nested transaction that failed', () => {
      const store = open();
      store.transaction(() => {
        store.activities.put('http://kept', '{}');
        expect(() =>
          store.transaction(() => {
            store.activities.put('http://undone', '{}');
            throw new Error('refused');
          }),
        ).toThrow('refused');
      });
      expect(store.activities.get('http://kept')).toBe('{}');
      expect(store.activities.get('http://undone')).toBeUndefined();
    });

    it('fails a commit that PostgreSQL turned into a rollback, instead of reporting it stored', () => {
      const store = open();
      expect(() =>
        store.transaction(() => {
          store.activities.put('http://a', '{}');
          // A failed read (no savepoint of its own) aborts PostgreSQL's transaction; the caller goes on.
          expect(() => store.statements.query({ keys: [], ascending: true, limit: -1 })).toThrow(/LIMIT must not be negative/);
        }),
      ).toThrow(/COMMIT: the transaction was rolled back instead/);
      expect(store.activities.get('http://a')).toBeUndefined();
    });

    it('refuses calls after close() with a message that says so', () => {
      const store = open();
      store.close();
      expect(() => store.statements.count()).toThrow(/count.*after close\(\)/);
    });
  });

  describe('postgres store, process lifetime', () => {
    const script = fileURLToPath(new URL('./lifetime-fixture.ts', import.meta.url));
    const run = (schemaUrl: string, closeIt: boolean) =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', script, schemaUrl, closeIt ? 'close' : 'leave-open'], { timeout: 20_000 });

    it('lets the process end, after close() and even when a store was left open', async () => {
      for (const closeIt of [true, false]) {
        const schemaUrl = freshUrl();
        const { stdout } = await run(schemaUrl, closeIt);
        expect(stdout.trim()).toBe('1');
        const check = openPostgresStore({ url: schemaUrl });
        expect(check.statements.count()).toBe(1);
        check.close();
      }
    }, 60_000);
  });
});
