import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { liveStoreContract } from './live-store.contract.ts';
import { livePathFor, openSqliteLiveStore } from './sqlite-live-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'wm-live-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

liveStoreContract('SQLite file', {
  async openPair() {
    const path = join(dir, `live-${++files}.sqlite`);
    return [openSqliteLiveStore({ path, pollMs: 10 }), openSqliteLiveStore({ path, pollMs: 10 })];
  },
});

describe('SQLite live store', () => {
  it('sits beside the LRS file, readable by its owner only', async () => {
    expect(livePathFor('/data/lrs.sqlite')).toBe('/data/lrs-live.sqlite');
    expect(livePathFor(':memory:')).toBe(':memory:');
    const path = join(dir, 'private.sqlite');
    const store = openSqliteLiveStore({ path });
    await store.close();
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('refuses a session file edited into something else, saying where and what to do', async () => {
    const path = join(dir, 'broken.sqlite');
    const store = openSqliteLiveStore({ path, pollMs: 0 });
    const Database = (await import('better-sqlite3')).default;
    const raw = new Database(path);
    raw.prepare("INSERT INTO live_sessions VALUES ('x', 'KMP-7RX', 'lotte', 1, 0, '2026-01-01', '2026-01-01', '{\"id\":\"x\"}')").run();
    raw.close();
    await expect(store.get('x')).rejects.toThrow(/broken\.sqlite session x: the stored session breaks its schema at .*; delete the session or restore/);
    await store.close();
  });
});
