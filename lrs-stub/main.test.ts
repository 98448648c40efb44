/**
 * The LRS as a real process over real HTTP on 127.0.0.1: start-up rules (generated key,
 * loopback only), and the durability promise: every statement acknowledged with 200 is still
 * there after kill -9 at any moment, with several clients writing at once.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LRS_START_LIMIT_MS, runLrsUntilExit, startLrsProcess, TWO_STARTS_TEST_TIMEOUT_MS } from './testing/lrs-process.ts';

const KEY = 'durable';
const SECRET = 'kill-nine';
const AUTH = `Basic ${Buffer.from(`${KEY}:${SECRET}`).toString('base64')}`;
const HEADERS = { authorization: AUTH, 'x-experience-api-version': '1.0.3', 'content-type': 'application/json' };

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lrs-main-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run lrs', { timeout: TWO_STARTS_TEST_TIMEOUT_MS }, () => {
  it('generates a key on first start, stores it beside the data, prints it and reuses it', async () => {
    const db = join(dir, 'generated', 'lrs.sqlite');
    const first = await startLrsProcess({ LRS_DB: db, LRS_BASIC_AUTH: '' });
    const file = join(dir, 'generated', 'lrs-credentials.json');
    expect(existsSync(file)).toBe(true);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { key: string; secret: string };
    expect(first.output()).toContain(`key=${saved.key} secret=${saved.secret}`);
    const auth = `Basic ${Buffer.from(`${saved.key}:${saved.secret}`).toString('base64')}`;
    const response = await fetch(`${first.baseUrl}/xapi/statements`, { headers: { authorization: auth, 'x-experience-api-version': '1.0.3' } });
    expect(response.status).toBe(200);
    await first.stop();
    const second = await startLrsProcess({ LRS_DB: db, LRS_BASIC_AUTH: '' });
    expect(second.output()).toContain(`key=${saved.key}`);
    await second.stop();
  });

  it('creates the database, its -wal and -shm, and the credentials file readable by their owner only (0600)', async () => {
    const db = join(dir, 'private', 'lrs.sqlite');
    const lrs = await startLrsProcess({ LRS_DB: db, LRS_BASIC_AUTH: '' });
    try {
      const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);
      const files = [db, `${db}-wal`, `${db}-shm`, join(dir, 'private', 'lrs-credentials.json')];
      expect(files.map(mode)).toEqual(['600', '600', '600', '600']);
    } finally {
      await lrs.stop();
    }
  });

  it('prints the address it is bound to: 0.0.0.0 as it is, the real port, and that it means all interfaces', async () => {
    const lrs = await startLrsProcess({ HOST: '0.0.0.0', LRS_DB: ':memory:', LRS_BASIC_AUTH: `${KEY}:${SECRET}` });
    try {
      const printed = /listening on http:\/\/0\.0\.0\.0:(\d+) \(all IPv4 interfaces/.exec(lrs.output());
      expect(printed, lrs.output()).not.toBeNull();
      const port = Number(printed![1]);
      expect(port).toBeGreaterThan(0);
      expect((await fetch(`http://127.0.0.1:${port}/xapi/about`)).status).toBe(200);
    } finally {
      await lrs.stop();
    }
  });

  it('refuses a public bind with the generated credentials', async () => {
    const result = await runLrsUntilExit({ LRS_DB: ':memory:', LRS_BASIC_AUTH: '', HOST: '0.0.0.0' });
    expect(result.code).toBe(1);
    expect(result.output).toContain('set LRS_BASIC_AUTH');
  });

  it('refuses a malformed LRS_BASIC_AUTH, naming the entry', async () => {
    const result = await runLrsUntilExit({ LRS_DB: ':memory:', LRS_BASIC_AUTH: 'only-a-key' });
    expect(result.code).toBe(1);
    expect(result.output).toContain('LRS_BASIC_AUTH entry 1');
  });
});

/** Posts batches until stopped or the bounds are hit; records ids the LRS acknowledged. */
async function writer(baseUrl: string, acknowledged: string[], stop: { now: boolean }, deadline: number): Promise<void> {
  for (let round = 0; round < 5_000 && !stop.now && Date.now() < deadline; round++) {
    const batch = Array.from({ length: 5 }, () => ({
      id: randomUUID(),
      actor: { mbox: 'mailto:writer@example.com' },
      verb: { id: 'http://adlnet.gov/expapi/verbs/experienced' },
      object: { id: `http://example.com/durability/${round}` },
    }));
    try {
      const response = await fetch(`${baseUrl}/xapi/statements`, { method: 'POST', headers: HEADERS, body: JSON.stringify(batch) });
      if (response.status === 200) acknowledged.push(...((await response.json()) as string[]));
    } catch {
      return; // the server was killed mid-request: this batch was never acknowledged
    }
  }
}

async function storedIds(baseUrl: string): Promise<Set<string>> {
  const ids = new Set<string>();
  let url: string | undefined = `${baseUrl}/xapi/statements?limit=10000&format=ids`;
  for (let page = 0; page < 1_000 && url; page++) {
    const response = await fetch(url, { headers: HEADERS });
    const result = (await response.json()) as { statements: Array<{ id: string }>; more: string };
    for (const s of result.statements) ids.add(s.id);
    url = result.more ? `${baseUrl}${result.more}` : undefined;
  }
  return ids;
}

describe('durability', () => {
  it('keeps every acknowledged statement after kill -9 under 4 concurrent writers', async () => {
    const db = join(dir, 'durable', 'lrs.sqlite');
    const env = { LRS_DB: db, LRS_BASIC_AUTH: `${KEY}:${SECRET}`, LRS_MAX_LIMIT: '10000' };
    const acknowledged: string[] = [];
    for (let round = 0; round < 2; round++) {
      const lrs = await startLrsProcess(env);
      const stop = { now: false };
      const deadline = Date.now() + 8_000;
      const before = acknowledged.length;
      const writers = Array.from({ length: 4 }, () => writer(lrs.baseUrl, acknowledged, stop, deadline));
      // Let some writes land (however loaded the machine), then kill at a random moment.
      for (let poll = 0; poll < 200 && acknowledged.length - before < 40 && Date.now() < deadline - 2_000; poll++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 300));
      await lrs.kill9();
      stop.now = true;
      await Promise.all(writers);
    }
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);
    const lrs = await startLrsProcess(env);
    const stored = await storedIds(lrs.baseUrl);
    await lrs.stop();
    const lost = acknowledged.filter((id) => !stored.has(id));
    expect(lost).toEqual([]);
  }, 3 * LRS_START_LIMIT_MS + 60_000);
});
