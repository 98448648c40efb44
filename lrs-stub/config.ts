/**
 * The LRS's settings from the environment, validated with zod so a typo in a variable stops
 * the start with a message naming the variable, instead of a server running half-configured.
 */
import { z } from 'zod';
import { DEFAULT_TIMEOUTS, type ServerTimeouts } from './http/server-timeouts.ts';

const milliseconds = (name: string, fallback: number) =>
  z.coerce.number({ error: `${name} must be a number of milliseconds` }).int().positive({ error: `${name} must be a positive number of milliseconds` }).default(fallback);

const EnvSchema = z.object({
  PORT: z.coerce.number({ error: 'PORT must be a port number' }).int().min(0).max(65535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** A SQLite file, `:memory:`, or a postgres://user:password@host:port/database[?schema=name] URL. */
  LRS_DB: z.string().min(1).default('.data/lrs.sqlite'),
  /** Where the files beside the store go when LRS_DB is a PostgreSQL URL (keys, logins, analytics, register). */
  LRS_DATA_DIR: z.string().min(1).default('.data'),
  LRS_BASIC_AUTH: z.string().optional(),
  LRS_BODY_LIMIT: z.coerce.number({ error: 'LRS_BODY_LIMIT must be a number of bytes' }).int().positive().default(10 * 1024 * 1024),
  LRS_MAX_LIMIT: z.coerce.number({ error: 'LRS_MAX_LIMIT must be a number of statements' }).int().positive().default(500),
  LRS_PUBLIC_URL: z.url({ error: 'LRS_PUBLIC_URL must be an absolute URL such as http://127.0.0.1:8787' }).optional(),
  /** Live sessions, with their participants' names, are deleted this long after their last change. */
  LIVE_RETENTION_HOURS: z.coerce.number({ error: 'LIVE_RETENTION_HOURS must be a number of hours' }).positive({ error: 'LIVE_RETENTION_HOURS must be more than 0 hours' }).max(24 * 366, { error: 'LIVE_RETENTION_HOURS must be at most a year (8784 hours)' }).default(168),
  LRS_REQUEST_TIMEOUT_MS: milliseconds('LRS_REQUEST_TIMEOUT_MS', DEFAULT_TIMEOUTS.requestMs),
  LRS_HEADERS_TIMEOUT_MS: milliseconds('LRS_HEADERS_TIMEOUT_MS', DEFAULT_TIMEOUTS.headersMs),
  LRS_IDLE_TIMEOUT_MS: milliseconds('LRS_IDLE_TIMEOUT_MS', DEFAULT_TIMEOUTS.idleMs),
  LRS_KEEP_ALIVE_TIMEOUT_MS: milliseconds('LRS_KEEP_ALIVE_TIMEOUT_MS', DEFAULT_TIMEOUTS.keepAliveMs),
});

export type LrsEnv = z.infer<typeof EnvSchema>;

export function readEnv(env: NodeJS.ProcessEnv): LrsEnv {
  const result = EnvSchema.safeParse(env);
  if (!result.success) {
    throw new Error(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  }
  return result.data;
}

/** The server timeouts (http/server-timeouts.ts says why each default is what it is). */
export function timeoutsOf(env: LrsEnv): ServerTimeouts {
  return { requestMs: env.LRS_REQUEST_TIMEOUT_MS, headersMs: env.LRS_HEADERS_TIMEOUT_MS, idleMs: env.LRS_IDLE_TIMEOUT_MS, keepAliveMs: env.LRS_KEEP_ALIVE_TIMEOUT_MS };
}

/** Loopback addresses only ever reach this machine. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
