/**
 * What the LRS adds to a valid statement before it stores it: an id (UUID v4) when missing,
 * `stored`, `timestamp` (= stored when missing), the `authority` of the credentials used
 * (always the LRS's own, whatever the client sent), `version` when missing, and context
 * activities normalized to arrays (the spec requires stored statements to use arrays).
 */
import { randomUUID } from 'node:crypto';
import type { Actor, Statement } from './statement-schema.ts';
import type { XapiVersion } from './versions.ts';

export interface PrepareContext {
  stored: string;
  authority: Actor;
  version: XapiVersion;
}

export function prepareStatement(statement: Statement, context: PrepareContext): Statement & { id: string } {
  const prepared: Statement & { id: string } = {
    ...statement,
    id: statement.id ?? randomUUID(),
    timestamp: statement.timestamp ?? context.stored,
    stored: context.stored,
    authority: context.authority,
    // 1.0.3 says "If not provided, LRS MUST set version to 1.0.0"; 2.0 says 2.0.0.
    version: statement.version ?? (context.version === '2.0.0' ? '2.0.0' : '1.0.0'),
  };
  normalizeContextActivities(prepared.context);
  if (prepared.object.objectType === 'SubStatement') normalizeContextActivities((prepared.object as { context?: Statement['context'] }).context);
  return prepared;
}

function normalizeContextActivities(context: Statement['context'] | undefined): void {
  const activities = context?.contextActivities;
  if (!context || !activities) return;
  const normalized: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(activities)) normalized[key] = Array.isArray(value) ? value : [value];
  context.contextActivities = normalized as typeof activities;
}

/** A clock for `stored` that never goes backwards, so `since`/`until` agree with insertion order. */
export function storedClock(initial?: string): () => string {
  let last = initial ?? '';
  return () => {
    const now = new Date().toISOString();
    last = now > last ? now : last;
    return last;
  };
}
