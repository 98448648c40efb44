/** The generated key's file: 0600 whatever the umask (it opens every learner's statements), reused once made. */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadOrCreateCredentials } from './generated-credentials.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lrs-credentials-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('generated credentials', () => {
  it('creates lrs-credentials.json mode 0600, even under umask 000', () => {
    const previous = process.umask(0o000);
    try {
      const created = loadOrCreateCredentials(join(dir, 'data', 'lrs.sqlite'));
      expect(created.created).toBe(true);
      expect(statSync(created.file!).mode & 0o777).toBe(0o600);
      expect(statSync(join(dir, 'data')).mode & 0o777).toBe(0o700);
      expect(JSON.parse(readFileSync(created.file!, 'utf8'))).toEqual({ key: created.key, secret: created.secret });
    } finally {
      process.umask(previous);
    }
  });

  it('reuses the key it saved', () => {
    const first = loadOrCreateCredentials(join(dir, 'lrs.sqlite'));
    const second = loadOrCreateCredentials(join(dir, 'lrs.sqlite'));
    expect(second).toMatchObject({ key: first.key, secret: first.secret, created: false });
  });

  it('keeps nothing on disk for a :memory: store', () => {
    expect(loadOrCreateCredentials(':memory:').file).toBeUndefined();
  });
});
