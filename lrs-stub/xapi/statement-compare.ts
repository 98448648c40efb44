/**
 * Statement equivalence, as the spec's "Statement comparison requirements" describe it:
 * two statements are the same if they differ only in what the LRS adds or may rewrite
 * (authority, stored, version), in the order of properties, in single-vs-array context
 * activities, or in how a timestamp is written. Used to accept an identical re-POST of an
 * existing id (no conflict) and to check a signed statement against its JWS payload.
 */
import { timestampMillis } from './formats.ts';

export interface CompareOptions {
  /** Ignore `id` too (a JWS payload may omit the id the LRS assigned). */
  ignoreId?: boolean;
  /** Ignore `timestamp` (the stored copy has one filled in by the LRS when the client had none). */
  ignoreTimestamp?: boolean;
  /** Ignore attachments with this usageType (the signature attachment itself). */
  ignoreAttachmentUsage?: string;
}

function canonical(value: unknown, key?: string): unknown {
  if (Array.isArray(value)) return value.map((v) => canonical(v));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[k];
      out[k] = key === 'contextActivities' && !Array.isArray(v) ? [canonical(v)] : canonical(v, k);
    }
    return out;
  }
  if (typeof value === 'string' && key === 'timestamp') return timestampMillis(value);
  return value;
}

function strip(statement: Record<string, unknown>, options: CompareOptions): Record<string, unknown> {
  const { authority: _a, stored: _s, version: _v, ...rest } = statement;
  if (options.ignoreId) delete rest.id;
  if (options.ignoreTimestamp) delete rest.timestamp;
  if (options.ignoreAttachmentUsage !== undefined && Array.isArray(rest.attachments)) {
    const kept = (rest.attachments as Array<{ usageType?: string }>).filter((a) => a.usageType !== options.ignoreAttachmentUsage);
    if (kept.length === 0) delete rest.attachments;
    else rest.attachments = kept;
  }
  return rest;
}

export function sameStatement(a: object, b: object, options: CompareOptions = {}): boolean {
  return (
    JSON.stringify(canonical(strip(a as Record<string, unknown>, options))) ===
    JSON.stringify(canonical(strip(b as Record<string, unknown>, options)))
  );
}
