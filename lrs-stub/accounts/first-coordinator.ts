/**
 * The first login: an LRS that starts with no user makes `coordinator` with a random password
 * and prints it once, the way the generated LRS key is printed (generated-credentials.ts), so
 * the person starting it can open the dashboard straight away. Unlike that key, the password
 * is not kept anywhere in clear: only its argon2id hash is stored, so it cannot be shown again;
 * whoever loses it sets a new one with `npm run lrs:user -- passwd coordinator`.
 */
import { randomBytes } from 'node:crypto';
import { hashPassword } from './password-hashing.ts';
import type { UserStore } from './user-store.ts';

export const FIRST_USERNAME = 'coordinator';

/** Creates the first coordinator when there is no user at all; returns its password, once. */
export async function ensureFirstCoordinator(users: UserStore): Promise<{ username: string; password: string } | undefined> {
  if (users.count() > 0) return undefined;
  // 144 random bits as 24 base64url characters: well past the 12-character minimum.
  const password = randomBytes(18).toString('base64url');
  // add() refuses a name that exists: if another start created it meanwhile, its password stands.
  if (!users.add({ username: FIRST_USERNAME, role: 'coordinator', passwordHash: await hashPassword(password) })) return undefined;
  return { username: FIRST_USERNAME, password };
}

/** The lines main.ts prints, in the style of the generated credentials' lines. */
export function describeFirstCoordinator(created: { username: string; password: string }, where: string): string[] {
  return [
    `lrs-stub coordinator login (created in ${where}; shown this once, only its hash is kept): username=${created.username} password=${created.password}`,
    `  dashboard login: POST /dashboard/api/session; change it with: npm run lrs:user -- passwd ${created.username}`,
  ];
}
