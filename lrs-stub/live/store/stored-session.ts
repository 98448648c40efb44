/**
 * A session as the stores keep it: JSON, parsed back with the schema on every read, so a file
 * edited by hand or written by an older version is refused with what is wrong, not half-used.
 */
import { type LiveSession, LiveSessionSchema } from '../session-schema.ts';

export function parseStoredSession(json: string, where: string): LiveSession {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new Error(`${where}: the stored session is not JSON (${(error as Error).message}); delete the session or restore the file from a backup`);
  }
  const parsed = LiveSessionSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${where}: the stored session breaks its schema at ${issue.path.join('.') || '(root)'}: ${issue.message}; delete the session or restore the file from a backup`);
  }
  return parsed.data;
}

/** Whether the session still runs: a finished one frees its join code. */
export const isRunning = (session: LiveSession): boolean => session.phase !== 'finished';
