/**
 * `html`, a tagged template that escapes every interpolated value, for the register's public
 * page and its certificate image (SVG is XML; the same five characters are special in both).
 * Learner names and LMS-supplied text end up here, so escaping is the default and the only
 * way to insert markup is another `html` result (or `trusted`, for constants of this module's
 * callers, never for data).
 *
 * Besides & < > " ', characters XML forbids (C0 controls other than tab and line ends,
 * unpaired surrogates, U+FFFE/U+FFFF) become U+FFFD: one of them in a name would make the
 * whole SVG ill-formed, and a browser would show nothing at all.
 */
export class Markup {
  readonly #text: string;

  constructor(text: string) {
    this.#text = text;
  }

  toString(): string {
    return this.#text;
  }
}

const SPECIAL: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text as markup that shows exactly that text. */
export function escapeText(value: string): string {
  return value.replace(NOT_XML, '\uFFFD').replace(/[&<>"']/g, (c) => SPECIAL[c]!);
}

function render(value: unknown): string {
  if (value instanceof Markup) return value.toString();
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeText(String(value));
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Markup {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new Markup(out);
}

/** Markup written by this code itself (a stylesheet, a constant): never learner or LMS text. */
export function trusted(markup: string): Markup {
  return new Markup(markup);
}

/**
 * A name or title wrapped in first-strong isolates (U+2068 … U+2069): an RLO or other bidi
 * control inside it cannot reorder the text around it (UAX #9: the closing isolate ends every
 * embedding and override opened inside). HTML pages use <bdi>; SVG text has no such element.
 */
export function isolated(text: string): string {
  return `\u2068${text}\u2069`;
}
