/**
 * What the page sanitizer drops from raw HTML and links an author wrote in Markdown, and where,
 * so the loader can say so (`PageContentRemoved`) instead of the text silently going missing.
 * Each tag is judged by the sanitizer itself, run on that tag alone with the page's own rules,
 * so this can never disagree with what learners get.
 */
import sanitizeHtml from 'sanitize-html';

export interface RemovedContent {
  /** Where it is in the Markdown, and how long. */
  offset: number;
  length: number;
  /** `tag`: the tag goes, its text stays; `element`: the tag and everything inside go;
   * `attributes`: the tag stays without them; `link`: a link keeps its text but loses its target. */
  kind: 'tag' | 'element' | 'attributes' | 'link';
  /** Lower-case tag name (`a` for a link). */
  tag: string;
  /** The attributes dropped (`attributes`), or the link target (`link`). */
  dropped: string[];
}

/** Set on links by the page rules themselves (external links open in a new tab), not the author's to lose. */
const OWN_ATTRIBUTES = new Set(['target', 'rel']);

/** What the rules drop from one raw HTML token found at `offset` in the Markdown. */
export function removedHtml(raw: string, offset: number, rules: sanitizeHtml.IOptions): RemovedContent[] {
  const tags: { name: string; attribs: Record<string, string> }[] = [];
  // A copy: the sanitizer deletes the attributes it drops from the object it passed.
  sanitizeHtml(raw, { ...rules, onOpenTag: (name, attribs) => tags.push({ name, attribs: { ...attribs } }) });
  const lower = raw.toLowerCase();
  let cursor = 0;
  const out: RemovedContent[] = [];
  for (const { name, attribs } of tags) {
    const at = lower.indexOf(`<${name}`, cursor);
    const start = at >= 0 ? at : cursor;
    const end = raw.indexOf('>', start);
    cursor = start + 1;
    const verdict = judge(name, attribs, rules);
    if (verdict) out.push({ ...verdict, tag: name, offset: offset + start, length: (end >= 0 ? end + 1 : raw.length) - start });
  }
  return out;
}

/** A Markdown link whose target the rules drop (`javascript:`, `data:`, …). */
export function removedLink(href: string, offset: number, length: number, rules: sanitizeHtml.IOptions): RemovedContent[] {
  const verdict = judge('a', { href }, rules);
  return verdict ? [{ kind: 'link', tag: 'a', dropped: [href], offset, length }] : [];
}

function judge(name: string, attribs: Record<string, string>, rules: sanitizeHtml.IOptions): Pick<RemovedContent, 'kind' | 'dropped'> | undefined {
  const written = Object.entries(attribs)
    .map(([key, value]) => ` ${key}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
    .join('');
  // A marker inside the tag shows whether the sanitizer keeps the content of a tag it drops (it drops scripts whole).
  const output = sanitizeHtml(`<${name}${written}>\u2063</${name}>`, rules);
  const kept = /^<([^\s/>]+)([^>]*)>/.exec(output);
  if (!kept || kept[1] !== name) return { kind: output.includes('\u2063') ? 'tag' : 'element', dropped: [] };
  const keptNames = new Set([...(kept[2] ?? '').matchAll(/([^\s="]+)(?:="[^"]*")?/g)].map((m) => m[1]));
  const dropped = Object.keys(attribs).filter((a) => !keptNames.has(a) && !(name === 'a' && OWN_ATTRIBUTES.has(a)));
  return dropped.length > 0 ? { kind: 'attributes', dropped } : undefined;
}
