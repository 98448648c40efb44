/**
 * Escaping course text for the facilitator guide. Course text is author input, not markup: the
 * guide is a standalone HTML file a trainer opens from disk, so one unescaped `<script>` in a note
 * would run with the rights of a local file. Every text goes through `escapeHtml`; the guide
 * builds its markup only from its own fixed strings.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in element content and in quoted attribute values. */
export const escapeHtml = (text: string | number): string => String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
