/**
 * `text` cut to `max` UTF-16 code units (what SCORM runtimes count) without splitting an emoji
 * in half. Elements enforce the same limit with a visible counter; the encoder cuts only as a
 * second line of defence, so one over-long field can never push the state past the LMS limit.
 */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, Math.max(0, max));
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}
