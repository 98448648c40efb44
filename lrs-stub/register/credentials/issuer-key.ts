/**
 * The school's signing key for certificates: an Ed25519 key pair made on first use and kept as
 * a JWK beside the register's data, mode 0600 whatever the umask (whoever reads it can issue
 * certificates in the school's name), and reused on every later start, because every
 * credential already handed out is checked against this key for as long as it is valid.
 *
 * The public half is published (e.g. at /.well-known/jwks.json) with a `kid` that is the key's
 * RFC 7638 thumbprint: derived from the key itself, so it stays the same across restarts and
 * machines without being stored, and names no other key by accident.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { calculateJwkThumbprint } from 'jose';
import { z } from 'zod';
import { createPrivateFile } from '../../store/private-file.ts';

export const ISSUER_KEY_FILE = 'register-issuer-key.jwk';

const PrivateEd25519JwkSchema = z.object({
  kty: z.literal('OKP'),
  crv: z.literal('Ed25519'),
  x: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  d: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
});

/** What may be published: no `d`. */
export interface PublicIssuerJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  kid: string;
  alg: 'EdDSA';
  use: 'sig';
}

export interface IssuerKey {
  kid: string;
  privateKey: KeyObject;
  publicJwk: PublicIssuerJwk;
  /** Where it is kept, or undefined for a :memory: register (a new key each start). */
  file?: string;
  created: boolean;
}

/** `dbPath` is the register's database file; the key lives in the same folder. */
export async function loadOrCreateIssuerKey(dbPath: string): Promise<IssuerKey> {
  if (dbPath === ':memory:') return fromPrivateJwk(newPrivateJwk(), undefined, true);
  const file = join(dirname(dbPath), ISSUER_KEY_FILE);
  if (existsSync(file)) return fromPrivateJwk(readPrivateJwk(file), file, false);
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const fresh = newPrivateJwk();
  // Exclusive create: if another start wrote a key meanwhile, that one is the school's key.
  if (!createPrivateFile(file, `${JSON.stringify(fresh)}\n`)) return loadOrCreateIssuerKey(dbPath);
  return fromPrivateJwk(fresh, file, true);
}

/** The JSON Web Key Set to serve publicly. */
export function issuerJwks(key: IssuerKey): { keys: PublicIssuerJwk[] } {
  return { keys: [key.publicJwk] };
}

function newPrivateJwk(): z.infer<typeof PrivateEd25519JwkSchema> {
  const { privateKey } = generateKeyPairSync('ed25519');
  return PrivateEd25519JwkSchema.parse(privateKey.export({ format: 'jwk' }));
}

function readPrivateJwk(file: string): z.infer<typeof PrivateEd25519JwkSchema> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    json = undefined;
  }
  const parsed = PrivateEd25519JwkSchema.safeParse(json);
  if (!parsed.success) {
    // Never replaced silently: a new key would make every certificate issued so far unverifiable.
    throw new Error(
      `${file}: is not an Ed25519 private JWK. Restore it from a backup; delete it only if no ` +
        'certificate signed with it must stay verifiable (a new key is then generated).',
    );
  }
  return parsed.data;
}

async function fromPrivateJwk(
  jwk: z.infer<typeof PrivateEd25519JwkSchema>,
  file: string | undefined,
  created: boolean,
): Promise<IssuerKey> {
  const privateKey = createPrivateKey({ key: jwk, format: 'jwk' });
  // The public half is derived from `d`, not read from `x`: a file whose x was edited would
  // otherwise publish a key that verifies nothing this key signs.
  const { x } = createPublicKey(privateKey).export({ format: 'jwk' });
  if (x !== jwk.x) throw new Error(`${file ?? 'issuer key'}: x does not belong to d; restore the key file from a backup`);
  const kid = await calculateJwkThumbprint({ kty: 'OKP', crv: 'Ed25519', x }, 'sha256');
  return {
    kid,
    privateKey,
    publicJwk: { kty: 'OKP', crv: 'Ed25519', x, kid, alg: 'EdDSA', use: 'sig' },
    ...(file === undefined ? {} : { file }),
    created,
  };
}
