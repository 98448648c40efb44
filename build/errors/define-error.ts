/**
 * The shape of one catalogue entry and the small wording helpers entries share, so every message
 * lists things and quotes values the same way.
 */
import type { Severity } from './content-error.ts';

export interface ErrorKind<P> {
  /** A short title for docs and the error index. */
  title: string;
  /** Warnings are reported but do not stop a build. */
  severity?: Severity;
  /** One or two sentences naming exactly what is wrong, built from the specifics. */
  what: (p: P) => string;
  /** What breaks for a learner, a translator or an LMS if this is left as it is. */
  why: string | ((p: P) => string);
  /** What to do about it, as concretely as the specifics allow. */
  fix: (p: P) => string;
}

/** Typed identity: lets each entry declare its parameters once. */
export const defineError = <P>(kind: ErrorKind<P>): ErrorKind<P> => kind;

/** "a, b, c" with at most `max` items, then "and N more". */
export function listOf(items: readonly string[], max = 10): string {
  if (items.length === 0) return '(none)';
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}

/** " Did you mean `x`?" or nothing. */
export const didYouMean = (suggestion: string | undefined, quote = '`'): string =>
  suggestion ? ` Did you mean ${quote}${suggestion}${quote}?` : '';

/** Shortens long values so a message stays on a line or two. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Capitalises the first letter, for messages that start with a described owner. */
export const sentence = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
