/**
 * Fitting values into SCORM's fixed-size CMI strings without producing broken ones: an LMS
 * refuses a value over the limit outright, so long text is cut, and lists are cut between
 * whole entries (half an identifier would read as a different answer in a report).
 */

/** `text` cut to at most `max` UTF-16 units, never in the middle of a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** As many whole `parts` as fit in `max` characters, joined by `separator`. */
export function joinWithin(parts: readonly string[], separator: string, max: number): string {
  let joined = '';
  for (const part of parts) {
    const next = joined ? `${joined}${separator}${part}` : part;
    if (next.length > max) break;
    joined = next;
  }
  return joined;
}
