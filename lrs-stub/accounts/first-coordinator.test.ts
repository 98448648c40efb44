import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startLrsProcess, TWO_STARTS_TEST_TIMEOUT_MS } from '../testing/lrs-process.ts';
import { ensureFirstCoordinator } from './first-coordinator.ts';
import { verifyPassword } from './password-hashing.ts';
import { accountsPathFor, openUserStore } from './user-store.ts';

let dir: string;
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'wm-first-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the first coordinator', { timeout: TWO_STARTS_TEST_TIMEOUT_MS }, () => {
  it('is created with a random password only when there is no user, and only its hash is kept', async () => {
    const users = openUserStore({ path: accountsPathFor(join(dir, 'lrs.sqlite')) });
    try {
      const created = await ensureFirstCoordinator(users);
      expect(created).toEqual({ username: 'coordinator', password: expect.stringMatching(/^[\w-]{24}$/) });
      const stored = users.get('coordinator')!;
      expect(stored.role).toBe('coordinator');
      expect(await verifyPassword(stored.passwordHash, created!.password)).toBe(true);
      expect(await ensureFirstCoordinator(users)).toBeUndefined();
    } finally {
      users.close();
    }
  });

  it('is printed by the first start of the LRS and not by the second', async () => {
    const env = { LRS_DB: join(dir, 'lrs.sqlite'), LRS_BASIC_AUTH: 'k:s' };
    const first = await startLrsProcess(env);
    await first.stop();
    const password = /coordinator login \(created in .*lrs-accounts\.sqlite; shown this once, only its hash is kept\): username=coordinator password=([\w-]{24})\n/.exec(first.output())?.[1];
    expect(password, first.output()).toBeDefined();
    const second = await startLrsProcess(env);
    await second.stop();
    expect(second.output()).not.toMatch(/coordinator login|password=/);
    const accountsFile = join(dir, 'lrs-accounts.sqlite');
    expect(statSync(accountsFile).mode & 0o777).toBe(0o600);
    const users = openUserStore({ path: accountsFile });
    try {
      expect(await verifyPassword(users.get('coordinator')!.passwordHash, password!)).toBe(true);
    } finally {
      users.close();
    }
  });
});
