/**
 * An id renamed in module.yaml (or mistyped in a translation) moves every key under it: each text
 * of the old id is then "unknown" and each of the new id "missing", dozens of errors for one
 * change. This finds such renames, so the translation check reports the rename once and keeps
 * the rest: keys under the old id that all match keys under an id the source has in its place
 * (one segment differs), where the source no longer has the old id and the translation does not
 * yet have the new one.
 */
export interface IdRename {
  /** The translation's key prefix, e.g. `activities.late-again.nodes.arrival`. */
  from: string;
  /** The source's key prefix in its place, e.g. `activities.late-again.nodes.first-task`. */
  to: string;
  /** Unknown keys of the translation under `from`. */
  unknown: string[];
  /** Missing keys of the source under `to` that a key under `from` translates. */
  matched: string[];
}

export function findIdRenames(unknown: readonly string[], missing: readonly string[], sourceKeys: readonly string[], translationKeys: readonly string[]): IdRename[] {
  const candidates = new Map<string, Map<string, string[]>>();
  for (const u of unknown) {
    const parts = u.split('.');
    for (const m of missing) {
      const other = m.split('.');
      if (other.length !== parts.length) continue;
      const differing = parts.flatMap((p, i) => (p === other[i] ? [] : [i]));
      if (differing.length !== 1) continue;
      const at = differing[0]!;
      const from = parts.slice(0, at + 1).join('.');
      const to = other.slice(0, at + 1).join('.');
      const byTarget = candidates.get(from) ?? new Map<string, string[]>();
      byTarget.set(to, [...(byTarget.get(to) ?? []), m]);
      candidates.set(from, byTarget);
    }
  }
  const under = (keys: readonly string[], prefix: string): string[] => keys.filter((k) => k.startsWith(`${prefix}.`));
  const renames: IdRename[] = [];
  for (const [from, byTarget] of candidates) {
    // The old id must be gone from the source, the new one untranslated, and the match unambiguous.
    if (under(sourceKeys, from).length > 0) continue;
    const ranked = [...byTarget].filter(([to]) => under(translationKeys, to).length === 0).sort((a, b) => b[1].length - a[1].length);
    const [best, second] = ranked;
    if (!best || (second && second[1].length === best[1].length)) continue;
    renames.push({ from, to: best[0], unknown: under(unknown, from), matched: [...new Set(best[1])] });
  }
  return renames;
}
