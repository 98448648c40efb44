/**
 * The LRS benchmark (`npm run bench:lrs`, and `runLrsBench()` for the top-level bench):
 *
 * - ingest: statements POSTed over real HTTP on 127.0.0.1 to the LRS running as its own
 *   process (batches of 100, 8 concurrent clients), then single-statement POSTs; each next to
 *   better-sqlite3 writing the same rows into the same schema directly (same pragmas, same
 *   transaction sizes). Raw one-row transactions and HTTP single POSTs alternate in rounds,
 *   so both see the same load from the rest of the machine. 20,000 are timed each way; the 100,000 that the queries need are
 *   seeded through the baseline database, so the bench stays near a minute on 2 cores.
 * - query: p50/p95 latency of GET /statements filtered by agent, verb, activity, registration
 *   and since over HTTP with 100,000 stored, next to the same SQL run directly.
 * - one huge POST: 20,000 statements in one batch, with GET /xapi/about latency sampled
 *   meanwhile on another connection (about-during-batch.ts): what a big batch costs others.
 *
 * Budgets: HTTP ingest >= 0.5 x raw insert rate; filtered query p95 < 20 ms; About during the
 * huge POST never over 100 ms. Every loop is
 * bounded in count and time; everything happens in a temp folder that is removed after.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLrsProcess } from '../testing/lrs-process.ts';
import { ifiKey } from '../xapi/agent-ifi.ts';
import { indexStatement } from '../xapi/statement-index.ts';
import { prepareStatement } from '../xapi/statement-prepare.ts';
import { validateStatement } from '../xapi/statement-validation.ts';
import { aboutDuringBatch } from './about-during-batch.ts';
import { BENCH_SHAPE, benchActivity, benchAgent, benchRegistration, benchStatement, benchVerb } from './bench-statements.ts';
import { exchange, percentile } from './http-exchange.ts';
import { openRawDatabase, rawInsert, rawQuery, type RawRow } from './raw-sqlite.ts';

export interface LrsBenchOptions {
  /** Statements stored before the queries run (seeded, not timed beyond `measuredStatements`). */
  statements?: number;
  /** Statements whose ingest is timed, raw and over HTTP. */
  measuredStatements?: number;
  rawSingleInserts?: number;
  batchSize?: number;
  clients?: number;
  singlePosts?: number;
  queriesPerFilter?: number;
  queryLimit?: number;
  /** Statements in the one huge POST during which GET /xapi/about latency is sampled. */
  hugeBatch?: number;
}

const KEY = 'bench';
const SECRET = 'bench-secret';
const HEADERS = { authorization: `Basic ${Buffer.from(`${KEY}:${SECRET}`).toString('base64')}`, 'x-experience-api-version': '1.0.3', 'content-type': 'application/json' };

const round = (n: number, digits = 2) => Number(n.toFixed(digits));
const SINGLE_ROUNDS = 5;

/** Runs `jobs` with `clients` concurrent workers; returns seconds taken. */
async function concurrently(jobs: readonly (() => Promise<void>)[], clients: number): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < jobs.length) await jobs[next++]!();
    }),
  );
  return (performance.now() - started) / 1000;
}

async function post(agent: Agent, url: string, body: string): Promise<void> {
  const response = await exchange(agent, url, 'POST', HEADERS, body);
  if (response.status !== 200) throw new Error(`POST answered ${response.status}: ${response.body.toString()}`);
}

export async function runLrsBench(options: LrsBenchOptions = {}): Promise<object> {
  const total = options.statements ?? 100_000;
  const measured = options.measuredStatements ?? 20_000;
  const batchSize = options.batchSize ?? 100;
  const clients = options.clients ?? 8;
  const singles = options.singlePosts ?? 1_000;
  const rawSingles = options.rawSingleInserts ?? 500;
  const queries = options.queriesPerFilter ?? 200;
  const limit = options.queryLimit ?? 25;
  const huge = options.hugeBatch ?? 20_000;
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'lrs-bench-'));
  try {
    // Baseline rows: what the LRS stores for the same statements, prepared outside the timing,
    // with `stored` values 1 ms apart in the past, like a steady earlier ingest.
    const authority = { objectType: 'Agent' as const, account: { homePage: 'urn:workmentor:lrs-stub', name: KEY } };
    const rawEpoch = Date.now() - total - measured - rawSingles - 60_000;
    let rawCount = 0;
    const toRaw = (s: Record<string, unknown>): RawRow => {
      const stored = new Date(rawEpoch + rawCount++).toISOString();
      const prepared = prepareStatement(validateStatement(s, '1.0.3'), { stored, authority, version: '1.0.3' });
      return { id: prepared.id, stored: prepared.stored!, json: JSON.stringify(prepared), keys: indexStatement(prepared).keys };
    };
    const rawRows = Array.from({ length: total + measured }, (_, i) => toRaw(benchStatement(i)));
    const rawPath = join(dir, 'raw.sqlite');
    let rawDb = openRawDatabase(rawPath);
    // Seed `total` rows untimed, then time `measured` rows in transactions of batchSize: the
    // same database size the HTTP run writes into. The `rawSingles` one-row transactions
    // come later, interleaved with the HTTP single POSTs (see there).
    rawInsert(rawDb, rawRows.slice(0, total), 5_000);
    const rawBatchedRate = rawInsert(rawDb, rawRows.slice(total), batchSize);
    const rawSingleRows = Array.from({ length: rawSingles }, (_, i) => toRaw(benchStatement(total + measured + i)));
    const rawSince = new Date(rawEpoch + total + measured - 1).toISOString();
    rawDb.close();
    // The LRS starts from a copy of the baseline database, so both write into the same size.
    const lrsPath = join(dir, 'lrs.sqlite');
    copyFileSync(rawPath, lrsPath);
    rawDb = openRawDatabase(rawPath);

    const lrs = await startLrsProcess({ LRS_DB: lrsPath, LRS_BASIC_AUTH: `${KEY}:${SECRET}`, LRS_BODY_LIMIT: String(50 * 1024 * 1024) });
    const agent = new Agent({ keepAlive: true, maxSockets: clients });
    try {
      const url = `${lrs.baseUrl}/xapi/statements`;
      const bodies: string[] = [];
      for (let i = 0; i < measured; i += batchSize) bodies.push(JSON.stringify(Array.from({ length: Math.min(batchSize, measured - i) }, (_, j) => benchStatement(total + measured + rawSingles + i + j))));
      const batchedSeconds = await concurrently(bodies.map((body) => () => post(agent, url, body)), clients);
      const httpBatchedRate = measured / batchedSeconds;
      const singleBodies = Array.from({ length: singles }, (_, i) => JSON.stringify(benchStatement(total + 2 * measured + rawSingles + i)));
      const beforeSingles = new Date().toISOString();
      // Single writes are short (well under a second each way) and the machine is shared, so
      // load from elsewhere comes and goes between them: raw one-row transactions and HTTP
      // single POSTs alternate in rounds, and each rate is its total over all rounds, so both
      // see the same machine. Measured this way, the client's CPU is reported too.
      let singleSeconds = 0;
      let rawSingleSeconds = 0;
      let clientCpuMicros = 0;
      for (let turn = 0; turn < SINGLE_ROUNDS; turn++) {
        const rawSlice = rawSingleRows.slice(Math.floor((turn * rawSingles) / SINGLE_ROUNDS), Math.floor(((turn + 1) * rawSingles) / SINGLE_ROUNDS));
        rawSingleSeconds += rawSlice.length / rawInsert(rawDb, rawSlice, 1);
        const httpSlice = singleBodies.slice(Math.floor((turn * singles) / SINGLE_ROUNDS), Math.floor(((turn + 1) * singles) / SINGLE_ROUNDS));
        const cpu = process.cpuUsage();
        singleSeconds += await concurrently(httpSlice.map((body) => () => post(agent, url, body)), clients);
        const used = process.cpuUsage(cpu);
        clientCpuMicros += used.user + used.system;
      }
      const httpSingleRate = singles / singleSeconds;
      const rawSingleRate = rawSingles / rawSingleSeconds;
      // The floor cost of one HTTP exchange on this machine, for reading the single-POST rate.
      const aboutSeconds = await concurrently(
        Array.from({ length: singles }, () => async () => {
          await exchange(agent, `${lrs.baseUrl}/xapi/about`, 'GET', {});
        }),
        clients,
      );

      // Queries: the same filters over HTTP and directly.
      // `since` selects the statements sent as single POSTs (about 1% of the store) in both.
      const since = beforeSingles;
      const filters: Record<string, { query: (i: number) => string; raw: (i: number) => () => number }> = {
        agent: {
          query: (i) => `agent=${encodeURIComponent(JSON.stringify(benchAgent(i % BENCH_SHAPE.agents)))}`,
          raw: (i) => rawQuery(rawDb, { kind: 'agent', value: ifiKey(benchAgent(i % BENCH_SHAPE.agents))! }, undefined, limit),
        },
        verb: { query: (i) => `verb=${encodeURIComponent(benchVerb(i % BENCH_SHAPE.verbs))}`, raw: (i) => rawQuery(rawDb, { kind: 'verb', value: benchVerb(i % BENCH_SHAPE.verbs) }, undefined, limit) },
        activity: {
          query: (i) => `activity=${encodeURIComponent(benchActivity(i % BENCH_SHAPE.activities))}`,
          raw: (i) => rawQuery(rawDb, { kind: 'activity', value: benchActivity(i % BENCH_SHAPE.activities) }, undefined, limit),
        },
        registration: { query: (i) => `registration=${benchRegistration(i)}`, raw: (i) => rawQuery(rawDb, { kind: 'registration', value: benchRegistration(i) }, undefined, limit) },
        since: { query: () => `since=${encodeURIComponent(since)}`, raw: () => rawQuery(rawDb, undefined, rawSince, limit) },
      };
      const query: Record<string, object> = {};
      for (const [name, filter] of Object.entries(filters)) {
        const http: number[] = [];
        for (let i = 0; i < queries; i++) {
          const t = performance.now();
          const response = await exchange(agent, `${url}?limit=${limit}&${filter.query(i * 7919)}`, 'GET', HEADERS);
          if (response.status !== 200) throw new Error(`GET ${name} answered ${response.status}: ${response.body.toString()}`);
          http.push(performance.now() - t);
        }
        const raw: number[] = [];
        for (let i = 0; i < queries; i++) {
          const run = filter.raw(i * 7919);
          const t = performance.now();
          run();
          raw.push(performance.now() - t);
        }
        http.sort((a, b) => a - b);
        raw.sort((a, b) => a - b);
        const httpRate = queries / (http.reduce((a, b) => a + b, 0) / 1000);
        const rawRate = queries / (raw.reduce((a, b) => a + b, 0) / 1000);
        query[name] = {
          p50Ms: round(percentile(http, 50)),
          p95Ms: round(percentile(http, 95)),
          rawP50Ms: round(percentile(raw, 50), 3),
          rawP95Ms: round(percentile(raw, 95), 3),
          httpQueriesPerSec: Math.round(httpRate),
          rawQueriesPerSec: Math.round(rawRate),
          ratio: round(httpRate / rawRate, 3),
          budgetP95Under20Ms: percentile(http, 95) < 20,
        };
      }
      // Last, so the huge batch changes none of the figures above.
      const hugeBatch = Array.from({ length: huge }, (_, i) => benchStatement(total + 2 * measured + rawSingles + singles + i));
      const duringHugeBatch = await aboutDuringBatch({ baseUrl: lrs.baseUrl, headers: HEADERS, batch: hugeBatch });
      return {
        statementsStored: { baseline: total + measured + rawSingles, lrs: total + 2 * measured + singles + huge },
        environment: { node: process.version, cpus: (await import('node:os')).cpus().length, sqlite: 'WAL, synchronous=FULL', client: 'node:http, keep-alive' },
        ingest: {
          batched: {
            batchSize,
            clients,
            statementsTimed: measured,
            httpStatementsPerSec: Math.round(httpBatchedRate),
            rawStatementsPerSec: Math.round(rawBatchedRate),
            ratio: round(httpBatchedRate / rawBatchedRate, 3),
            budgetAtLeastHalfOfRaw: httpBatchedRate >= rawBatchedRate / 2,
          },
          single: {
            clients,
            httpStatementsTimed: singles,
            rawStatementsTimed: rawSingles,
            httpStatementsPerSec: Math.round(httpSingleRate),
            rawStatementsPerSec: Math.round(rawSingleRate),
            ratio: round(httpSingleRate / rawSingleRate, 3),
            budgetAtLeastHalfOfRaw: httpSingleRate >= rawSingleRate / 2,
            httpCeilingGetAboutPerSec: Math.round(singles / aboutSeconds),
            rounds: SINGLE_ROUNDS,
            // CPU the bench's own client spent per single POST (it shares the 2 cores with the LRS).
            clientCpuMsPerPost: round(clientCpuMicros / 1000 / singles, 3),
          },
        },
        query: { limit, queriesPerFilter: queries, filters: query },
        aboutDuringHugeBatch: duringHugeBatch,
        durationSec: round((performance.now() - started) / 1000, 1),
      };
    } finally {
      agent.destroy();
      await lrs.stop();
      rawDb.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
