/**
 * The importer against a real source: a second LRS in-process, listening on a loopback port,
 * so the importer speaks HTTP through fetch as it would to anyone's LRS.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { statement, testLrs, TEST_KEY, TEST_SECRET, type TestLrs } from '../../testing/test-lrs.ts';
import { sameStatement } from '../../xapi/statement-compare.ts';
import { ImportError } from './import-error.ts';
import { openImportLedger, type ImportLedger } from './import-ledger.ts';
import { importStatements, type ImportOptions } from './importer.ts';

const VOIDED = 'http://adlnet.gov/expapi/verbs/voided';
const AUTH = `${TEST_KEY}:${TEST_SECRET}`;
const FAST_RETRY = { baseDelayMs: 1, maxDelayMs: 5, timeoutMs: 5_000 };

let source: TestLrs;
let target: TestLrs;
let endpoint: string;
let dir: string;
let ledger: ImportLedger;
/** Every id posted to the source, in order. */
let ids: string[];

const voiding = (targetId: string) => statement({ id: randomUUID(), verb: { id: VOIDED, display: { 'en-US': 'voided' } }, object: { objectType: 'StatementRef', id: targetId } });
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

async function post(lrs: TestLrs, body: Record<string, unknown>[]): Promise<void> {
  const response = await lrs.request('POST', '/xapi/statements', { body });
  expect(response.status, response.body).toBe(200);
  for (const s of body) ids.push(s.id as string);
}

/** 280 statements in batches of 7 (each batch shares one `stored`), then 10 of them voided. */
async function seedSource(): Promise<void> {
  for (let batch = 0; batch < 40; batch += 1) {
    await post(source, Array.from({ length: 7 }, () => statement({ id: randomUUID(), result: { score: { raw: batch } } })));
  }
  await post(source, ids.slice(0, 10).map(voiding));
  await settle();
}

const run = (overrides: Partial<ImportOptions> = {}) => importStatements({ from: endpoint, auth: AUTH, store: target.store, ledger, retry: FAST_RETRY, ...overrides });

/** Every statement of the source is in the target once, with the same content, voided alike. */
function expectSameStatements(): void {
  expect(target.store.statements.count()).toBe(source.store.statements.count());
  for (const id of ids) {
    const original = source.store.statements.get(id)!;
    const copy = target.store.statements.get(id);
    expect(copy, id).toBeDefined();
    expect(sameStatement(JSON.parse(copy!.json), JSON.parse(original.json)), id).toBe(true);
    expect(copy!.voided, id).toBe(original.voided);
    expect(JSON.parse(copy!.json).authority).toEqual(JSON.parse(original.json).authority);
    expect(ledger.sourceStored(id)).toBe(original.stored);
  }
}

beforeEach(async () => {
  ids = [];
  // A small page size, so one import follows many `more` links and page boundaries cut batches.
  source = await testLrs({ sqlite: true, maxLimit: 50, authorityHomePage: 'https://source.example' });
  await source.app.listen({ host: '127.0.0.1', port: 0 });
  const address = source.app.server.address() as { port: number };
  endpoint = `http://127.0.0.1:${address.port}/xapi`;
  target = await testLrs({ sqlite: true });
  dir = mkdtempSync(join(tmpdir(), 'wm-import-'));
  ledger = openImportLedger(join(dir, 'lrs-import.sqlite'));
});

afterEach(async () => {
  ledger.close();
  await source.close();
  await target.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('importStatements', () => {
  it('copies every statement once, voided ones included, keeping id, content and authority', async () => {
    await seedSource();
    const report = await run();
    expect(report).toMatchObject({ received: 280, imported: 290, present: 0, voidedFetched: 10, conflicts: [], rejected: [], interrupted: false });
    expect(report.pages).toBeGreaterThanOrEqual(6);
    expect(report.stoppedAtConsistentThrough).toBeUndefined();
    expectSameStatements();
    for (const id of ids.slice(0, 10)) expect(target.store.statements.get(id)!.voided).toBe(true);
    expect(statSync(join(dir, 'lrs-import.sqlite')).mode & 0o777).toBe(0o600);
  });

  it('imports nothing new on a second run, then only what the source added, voiding included', async () => {
    await seedSource();
    await run();
    expect(await run()).toMatchObject({ received: 0, imported: 0, present: 0 });
    // The source voids three statements we already hold, and adds two.
    await post(source, [...ids.slice(20, 23).map(voiding), statement({ id: randomUUID() }), statement({ id: randomUUID() })]);
    await settle();
    expect(await run()).toMatchObject({ received: 5, imported: 5, voidedFetched: 0 });
    expectSameStatements();
    for (const id of ids.slice(20, 23)) expect(target.store.statements.get(id)!.voided).toBe(true);
  });

  it('resumes after a failure on page 2 without duplicates or gaps, from the ledger file', async () => {
    await seedSource();
    let pages = 0;
    const failing: typeof fetch = async (input, init) => {
      if (String(input).includes('/statements?') && !String(input).includes('voidedStatementId')) {
        pages += 1;
        if (pages === 2) throw new TypeError('fetch failed', { cause: new Error('connect ECONNRESET') });
      }
      return fetch(input, init);
    };
    const error = await run({ fetch: failing, retry: { ...FAST_RETRY, attempts: 1 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).details.page).toBe(2);
    expect((error as Error).message).toMatch(/page 2 \(GET http:\/\/127\.0\.0\.1:\d+\/xapi\/statements\?more=.*ECONNRESET.*run the same command again|resumes/s);
    const afterFirstPage = target.store.statements.count();
    expect(afterFirstPage).toBeGreaterThan(0);
    expect(afterFirstPage).toBeLessThan(290);

    ledger.close();
    ledger = openImportLedger(join(dir, 'lrs-import.sqlite'));
    const resumed = await run();
    expect(resumed.present).toBe(0);
    expect(resumed.imported + afterFirstPage).toBe(290);
    expectSameStatements();
  });

  it('resumes inside a millisecond: statements sharing the cursor\'s `stored` are neither repeated nor lost', async () => {
    // One batch of 120 shares one `stored`; pages of 50 cut it twice.
    await post(source, Array.from({ length: 120 }, () => statement({ id: randomUUID() })));
    await settle();
    const aborter = new AbortController();
    const first = await run({ signal: aborter.signal, onPage: () => aborter.abort() });
    expect(first).toMatchObject({ pages: 1, imported: 50, interrupted: true, cursor: { idsAtStored: 50 } });
    const rest = await run();
    expect(rest).toMatchObject({ received: 70, imported: 70, present: 0 });
    expectSameStatements();
  });

  it('reports a statement whose id is taken here by different content, and keeps ours', async () => {
    await seedSource();
    const taken = ids[50]!;
    const ours = statement({ id: taken, verb: { id: 'http://adlnet.gov/expapi/verbs/attempted' } });
    expect((await target.request('POST', '/xapi/statements', { body: [ours] })).status).toBe(200);
    const before = target.store.statements.get(taken)!.json;
    const report = await run();
    expect(report.conflicts).toEqual([{ id: taken, reason: expect.stringMatching(/different statement/) }]);
    expect(report.imported).toBe(289);
    expect(target.store.statements.get(taken)!.json).toBe(before);
  });

  it('does not let the source void a different statement of ours that has the same id', async () => {
    await seedSource();
    const taken = ids[5]!; // voided at the source
    const voider = ids[280 + 5]!;
    expect((await target.request('POST', '/xapi/statements', { body: [statement({ id: taken, verb: { id: 'http://adlnet.gov/expapi/verbs/attempted' } })] })).status).toBe(200);
    const report = await run();
    expect(report.conflicts).toEqual([
      { id: taken, reason: expect.stringMatching(/different statement/) },
      { id: voider, reason: expect.stringMatching(/not applied/) },
    ]);
    expect(target.store.statements.get(taken)!.voided).toBe(false);
    expect(target.store.statements.get(voider)).toBeUndefined();
    expect(report.imported).toBe(288);
  });

  it('retries a source that answers 503 twice, then 200', async () => {
    await post(source, [statement({ id: randomUUID() }), statement({ id: randomUUID() })]);
    await settle();
    let calls = 0;
    const flaky: typeof fetch = async (input, init) => {
      calls += 1;
      if (calls <= 2) return new Response('busy', { status: 503, statusText: 'Service Unavailable' });
      return fetch(input, init);
    };
    const report = await run({ fetch: flaky });
    expect(calls).toBe(3);
    expect(report.imported).toBe(2);
    expectSameStatements();
  });

  it('gives up after the attempts allowed, saying what, where and what to do', async () => {
    const down: typeof fetch = async () => new Response('{"message":"maintenance"}', { status: 503, statusText: 'Service Unavailable' });
    const error = (await run({ fetch: down, retry: { ...FAST_RETRY, attempts: 3 } }).catch((e: unknown) => e)) as ImportError;
    expect(error).toBeInstanceOf(ImportError);
    expect(error.message).toContain('page 1 (GET http://127.0.0.1');
    expect(error.message).toContain('HTTP 503 Service Unavailable; the source said: {"message":"maintenance"} (3 attempts)');
    expect(error.message).toContain('run again');
  });

  it('fails at once on 401 with advice about --auth', async () => {
    const error = (await run({ auth: 'test-key:wrong' }).catch((e: unknown) => e)) as ImportError;
    expect(error).toBeInstanceOf(ImportError);
    expect(error.message).toMatch(/HTTP 401.*Check --auth/);
  });

  it('stops at X-Experience-API-Consistent-Through and takes the rest next run', async () => {
    await post(source, [statement({ id: randomUUID() })]);
    await settle();
    await post(source, [statement({ id: randomUUID() }), statement({ id: randomUUID() })]);
    await settle();
    const secondStored = source.store.statements.get(ids[1]!)!.stored;
    // A source still writing the second batch: consistent only through its `stored`.
    const writing: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const headers = new Headers(response.headers);
      headers.set('x-experience-api-consistent-through', secondStored);
      return new Response(await response.text(), { status: response.status, headers });
    };
    const first = await run({ fetch: writing });
    expect(first).toMatchObject({ imported: 1, stoppedAtConsistentThrough: secondStored });
    expect(await run()).toMatchObject({ imported: 2 });
    expectSameStatements();
  });
});
