/**
 * The shape of a rejoin token's hash, apart from the hashing (rejoin-token.ts, node:crypto) so
 * the session's schemas load in a browser too: the live screens parse what the server sends.
 */
import { z } from 'zod';

/** Lower-case hex SHA-256: what the session stores in place of the token. */
export const TokenHashSchema = z.string().regex(/^[0-9a-f]{64}$/, { error: 'a token hash is a SHA-256 in lower-case hex' });
export type TokenHash = z.infer<typeof TokenHashSchema>;
