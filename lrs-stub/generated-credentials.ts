/**
 * The key the LRS makes for itself when LRS_BASIC_AUTH is not set: created on first start,
 * kept beside the database (mode 0600 whatever the umask: it lets anyone read every learner's
 * statements) so it stays the same across restarts, and printed so the person starting the
 * LRS can paste it into the preview or the course config.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { KeySecret } from './http/credentials.ts';
import { createPrivateFile } from './store/private-file.ts';

export interface GeneratedCredentials extends KeySecret {
  /** Where it is kept, or undefined for a :memory: store (a new key each start). */
  file?: string;
  created: boolean;
}

export function loadOrCreateCredentials(dbPath: string): GeneratedCredentials {
  const fresh = { key: `lrs-${randomBytes(6).toString('hex')}`, secret: randomBytes(24).toString('base64url') };
  if (dbPath === ':memory:') return { ...fresh, created: true };
  const file = join(dirname(dbPath), 'lrs-credentials.json');
  if (existsSync(file)) {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as Partial<KeySecret>;
    if (typeof saved.key !== 'string' || typeof saved.secret !== 'string') {
      throw new Error(`${file}: is not {"key","secret"} JSON; delete it to have a new key generated`);
    }
    return { key: saved.key, secret: saved.secret, file, created: false };
  }
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  // Exclusive create: if another start wrote the file meanwhile, its key is the one to use.
  if (!createPrivateFile(file, `${JSON.stringify(fresh, null, 2)}\n`)) return loadOrCreateCredentials(dbPath);
  return { ...fresh, file, created: true };
}
