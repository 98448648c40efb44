/**
 * What a translator's CAT tool does to an exported XLIFF file, done to its text in tests: a
 * unit's target replaced. Working on the text (not re-serialising) keeps every other byte, so a
 * test sees exactly the file a tool would hand back.
 */

/** `xml` with the target of unit `unit` in <file> `fileId` (2.0 id or 1.2 original) set to `target`. */
export function withTarget(xml: string, fileId: string, unit: string, target: string): string {
  const file = xml.search(new RegExp(`<file [^>]*(?:id|original)="${fileId.replace(/\./g, '\\.')}"`));
  const start = xml.indexOf(`id="${unit}"`, file);
  if (file < 0 || start < 0) throw new Error(`No unit "${unit}" in <file> "${fileId}".`);
  const open = xml.indexOf('<target', start);
  const tagEnd = xml.indexOf('>', open);
  const escaped = target.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  // An empty target is written <target/> (or <target state="initial"/> in 1.2).
  if (xml[tagEnd - 1] === '/') return `${xml.slice(0, tagEnd - 1)}>${escaped}</target>${xml.slice(tagEnd + 1)}`;
  return `${xml.slice(0, tagEnd + 1)}${escaped}${xml.slice(xml.indexOf('</target>', tagEnd))}`;
}

/** 1-based line of the first `<target` after `needle`: where import problems about that unit point. */
export function targetLine(xml: string, needle: string): number {
  return xml.slice(0, xml.indexOf('<target', xml.indexOf(needle))).split('\n').length;
}
