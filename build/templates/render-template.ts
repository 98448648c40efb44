/**
 * A printable template as a page of its own: `templates/<id>.<locale>.html`, in every package
 * (pages link to it) and beside the facilitator guides. A mentor opens it from the course, prints
 * it or saves it as a PDF, and fills it in by hand with the apprentice.
 *
 * Self-contained and inert: no scripts (a Content-Security-Policy that allows none, so even a
 * future mistake cannot run one), no external files, no images; course text is escaped, the form
 * itself was sanitized by the loader. On paper: A4, black on white, table borders and shaded
 * headers kept, empty cells tall enough to write in, rows never split across pages. On screen:
 * a readable column whose tables wrap instead of overflowing, also at 200% zoom.
 */
import type { Locale } from '../../course/schema/ids.ts';
import { escapeHtml as e } from '../guide/html-escape.ts';
import type { CompiledTemplate } from '../load/load-templates.ts';
import { templateTextFor } from './template-text.ts';

export interface TemplatePageInput {
  locale: Locale;
  /** The course title in the same locale, printed above the template's title. */
  courseTitle: string;
  template: CompiledTemplate;
}

/** No scripts, no outside requests: only the page's own style element. */
export const TEMPLATE_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

export function renderTemplatePage({ locale, courseTitle, template }: TemplatePageInput): string {
  return `<!doctype html>
<html lang="${e(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${e(TEMPLATE_CSP)}">
<title>${e(template.title)} – ${e(courseTitle)}</title>
<style>${STYLES}</style>
</head>
<body>
<header>
<p class="course">${e(courseTitle)}</p>
<h1>${e(template.title)}</h1>
<p class="print-hint">${e(templateTextFor(locale).entry.printHint)}</p>
</header>
<main>
${sectionsByHeading(template.html.trim())}
</main>
</body>
</html>
`;
}

const VOID_ELEMENTS = new Set(['br', 'hr', 'img', 'wbr']);

/**
 * Each top-level h2 with what follows it, up to the next one, as a `<section class="part">`, so
 * print can keep a part of the form on one sheet: Chromium does not keep a heading with the table
 * after it (`break-after: avoid`), but it does keep a whole section together. `html` is the
 * loader's sanitized output: well-formed, with `<` and `>` escaped inside attribute values.
 */
export function sectionsByHeading(html: string): string {
  const starts: number[] = [];
  let depth = 0;
  for (const tag of html.matchAll(/<(\/?)([a-z][a-z0-9]*)\b[^>]*?(\/?)>/gi)) {
    const name = tag[2]!.toLowerCase();
    if (tag[1]) depth--;
    else if (!tag[3] && !VOID_ELEMENTS.has(name)) {
      if (depth === 0 && name === 'h2') starts.push(tag.index);
      depth++;
    }
  }
  if (starts.length === 0) return html;
  const parts = starts.map((start, i) => `<section class="part">\n${html.slice(start, starts[i + 1] ?? html.length).trim()}\n</section>`);
  const before = html.slice(0, starts[0]).trim();
  return [...(before ? [before] : []), ...parts].join('\n');
}

// Screen: a column of readable width, tables that wrap. Print: A4 with narrow margins so a form
// fits on one or two sheets; shading kept (print-color-adjust), nothing but the form on paper.
const STYLES = `
:root { color-scheme: light; }
*, *::before, *::after { box-sizing: border-box; }
body { font: 1rem/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #111; background: #fff; max-width: 60rem; margin: 0 auto; padding: 1.25rem; }
header { border-bottom: 2px solid #111; margin-bottom: .75rem; padding-bottom: .35rem; }
.course { margin: 0; font-size: .9rem; color: #3d3d3d; }
h1 { font-size: 1.6rem; line-height: 1.2; margin: .15rem 0 .25rem; }
h2 { font-size: 1.15rem; line-height: 1.25; margin: 1.1rem 0 .35rem; }
h3, h4, h5, h6 { font-size: 1rem; margin: .9rem 0 .3rem; }
p, ul, ol { margin: .4rem 0; }
li { margin: .15rem 0; }
blockquote { margin: .5rem 0; padding: .35rem .7rem; border-left: 4px solid #3d3d3d; background: #f0f0f0; }
blockquote p { margin: .2rem 0; }
.print-hint { margin: .3rem 0 0; padding: .35rem .6rem; border: 1px dashed #767676; font-size: .9rem; }
table { width: 100%; border-collapse: collapse; margin: .45rem 0 .9rem; }
th, td { border: 1px solid #333; padding: .3rem .45rem; text-align: left; vertical-align: top; overflow-wrap: break-word; hyphens: auto; }
thead th { background: #e4e4e4; font-weight: 600; }
tbody th { font-weight: 600; }
td:empty { height: 2.6rem; }
a { color: #0b57a4; }
a:focus-visible { outline: 3px solid #0b57a4; outline-offset: 2px; }
@media print {
  @page { size: A4; margin: 12mm 12mm 13mm; }
  body { max-width: none; padding: 0; font-size: 10pt; line-height: 1.35; }
  .print-hint { display: none; }
  header { margin-bottom: 3mm; }
  h1 { font-size: 16pt; }
  h2 { font-size: 12pt; margin: 4mm 0 1.5mm; }
  thead th, blockquote { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  td:empty { height: 8.5mm; }
  a { color: inherit; text-decoration: none; }
  thead { display: table-header-group; }
  tr, li, blockquote { break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; }
  /* A part of the form (heading, hint, table) moves to the next sheet whole rather than split;
     one taller than a sheet still breaks, with its table header repeated. */
  .part, table { break-inside: avoid; }
}
`;
