/**
 * Statement equivalence, as the spec's "Statement comparison requirements" describe it:
 * two statements are the same if they differ only in what the LRS adds or may rewrite
 * (authority, stored, version), in the order of properties, in single-vs-array context
 * activities, in how a timestamp is written, or in a duration's precision beyond 0.01 s.
 * Used to accept an identical re-POST of an existing id (no conflict) and to check a signed
 * statement against its JWS payload, so both decide alike.
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

/**
 * Where a value sits: normalisation applies only where the data model puts a timestamp or a
 * duration; inside extensions every value is the client's own and compared as sent.
 */
type Place = 'statement' | 'result' | 'contextActivities' | 'other' | 'extensions';

/**
 * The part of a duration xAPI compares: seconds cut (never rounded) to hundredths, trailing
 * zeros dropped. xAPI 2.0 4.2.7 ("any precision beyond 0.01 second precision shall not be
 * included in the comparison"; 1.0.3 4.6 says SHOULD*). ADL's 2.0 suite signs P1DT12H36M0.12S
 * and sends the statement with P1DT12H36M0.1237S, expecting 200.
 */
export function comparableDuration(duration: string): string {
  return duration.replace(/(\d+)\.(\d+)S$/, (_match, whole: string, fraction: string) => {
    const kept = fraction.slice(0, 2).replace(/0+$/, '');
    return kept === '' ? `${whole}S` : `${whole}.${kept}S`;
  });
}

function isSubStatement(value: unknown): boolean {
  return value !== null && typeof value === 'object' && (value as { objectType?: unknown }).objectType === 'SubStatement';
}

function member(name: string, value: unknown, place: Place): unknown {
  if (place === 'extensions' || name === 'extensions') return canonical(value, 'extensions');
  if (place === 'contextActivities') return canonical(Array.isArray(value) ? value : [value], 'other');
  if (place === 'statement' && name === 'timestamp' && typeof value === 'string') return timestampMillis(value);
  if (place === 'result' && name === 'duration' && typeof value === 'string') return comparableDuration(value);
  if (place === 'statement' && name === 'result') return canonical(value, 'result');
  if (place === 'statement' && name === 'object' && isSubStatement(value)) return canonical(value, 'statement');
  if (name === 'contextActivities') return canonical(value, 'contextActivities');
  return canonical(value, 'other');
}

function canonical(value: unknown, place: Place): unknown {
  if (Array.isArray(value)) return value.map((v) => canonical(v, place === 'extensions' ? 'extensions' : 'other'));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(value).sort()) out[name] = member(name, (value as Record<string, unknown>)[name], place);
  return out;
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
    JSON.stringify(canonical(strip(a as Record<string, unknown>, options), 'statement')) ===
    JSON.stringify(canonical(strip(b as Record<string, unknown>, options), 'statement'))
  );
}
