/**
 * Category labels on the chart's axis are module and quiz names, some 50 characters long; on
 * a 360 px phone a single line would squeeze the bars to nothing. chart.js draws an array of
 * strings as lines, so long names are broken at spaces into lines of about `width` characters
 * (a word longer than that keeps its own line), at most `maxLines`, the last one ending in "…".
 * A closing parenthesis ("… (Dutch)") keeps a line of its own (two when it is longer than a
 * line: "(Norwegian" / "Bokmål)"), so two bars whose names differ only there stay apart however
 * short the rest becomes. A word longer than a line is cut into pieces of a line each: chart.js
 * clips an over-long label at the canvas edge ("ommunicating" at 360 px).
 */
export function wrapLabel(label: string, width: number, maxLines = 3): string[] {
  const suffix = label.match(/^(.+?)\s+(\([^()]*\))$/);
  if (suffix && maxLines > 1) {
    const tail = wrapLabel(suffix[2]!, width, suffix[2]!.length > width && maxLines > 2 ? 2 : 1);
    return [...wrapLabel(suffix[1]!, width, maxLines - tail.length), ...tail];
  }
  // Ids ("q-specific-behaviour") have no spaces: they break after their hyphens instead of being clipped.
  const words = label
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => (word.length > width ? word.split(/(?<=[-_/.])/) : [word]))
    .flatMap((piece) => (piece.length > width ? (piece.match(new RegExp(`.{1,${Math.max(1, width)}}`, 'gu')) ?? [piece]) : [piece]));
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const glue = /[-_/.]$/.test(line) ? '' : ' ';
    if (line && (line + glue + word).length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line}${glue}${word}` : word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines.length > 0 ? lines : [''];
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/[\s.,;:]+$/, '')}…`;
  return kept;
}
