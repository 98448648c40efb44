/**
 * Is an SVG file a still picture and nothing else? An SVG is a document: opened on its own (its
 * URL in the package, in the LMS's web address) it runs its scripts, follows its links and loads
 * what it references, with the learner's LMS session. So SVG media are refused, not cleaned, if
 * they hold anything beyond drawing: the author learns exactly what and where, and the file
 * that ships is byte for byte the one that was checked.
 *
 * Two layers, both strict:
 * 1. A reader for a small, plain subset of XML (elements, attributes, text, comments, CDATA, an
 *    XML declaration, a DOCTYPE without declarations, the five predefined entities and character
 *    references). Whatever it accepts, every XML parser (a browser's too) reads the same way;
 *    anything else is `unreadable`, so the check and the browser can never see different files.
 * 2. An allowlist on what was read: drawing elements in the SVG namespace (and editors' inert
 *    metadata), no event handler attributes, links and references only to `#ids` inside the
 *    file (and embedded raster images), CSS without `url()` to elsewhere, `@import` or escapes.
 */

export interface SvgProblem {
  /** `unreadable`: outside the subset the reader accepts; `unsafe`: read, but not a still picture. */
  kind: 'unreadable' | 'unsafe';
  /** A noun phrase: "a `<script>` element", "an event handler attribute `onload`". */
  found: string;
  /** What it could do when the file is opened on its own (for `unsafe`). */
  effect: string;
  offset: number;
  length: number;
}

const NS = {
  svg: 'http://www.w3.org/2000/svg',
  xlink: 'http://www.w3.org/1999/xlink',
  xml: 'http://www.w3.org/XML/1998/namespace',
  xmlns: 'http://www.w3.org/2000/xmlns/',
};

/** Namespaces of editors' metadata (Inkscape, Sodipodi, RDF with Dublin Core and Creative Commons): browsers ignore them. */
const METADATA_NAMESPACES = new Set([
  'http://www.inkscape.org/namespaces/inkscape',
  'http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  'http://purl.org/dc/elements/1.1/',
  'http://purl.org/dc/terms/',
  'http://creativecommons.org/ns#',
  'http://web.resource.org/cc/',
]);

/** SVG elements that draw, group, define paint and filters, or describe: none can run or load anything by itself. */
const DRAWING_ELEMENTS = new Set([
  'svg', 'g', 'defs', 'symbol', 'use', 'title', 'desc', 'metadata', 'switch', 'view', 'a', 'style',
  'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan', 'textPath',
  'linearGradient', 'radialGradient', 'stop', 'pattern', 'clipPath', 'mask', 'marker', 'image',
  'filter', 'feBlend', 'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feConvolveMatrix',
  'feDiffuseLighting', 'feDisplacementMap', 'feDistantLight', 'feDropShadow', 'feFlood', 'feFuncA',
  'feFuncB', 'feFuncG', 'feFuncR', 'feGaussianBlur', 'feImage', 'feMerge', 'feMergeNode',
  'feMorphology', 'feOffset', 'fePointLight', 'feSpecularLighting', 'feSpotLight', 'feTile', 'feTurbulence',
]);

const SCRIPT_EFFECT = "opened on its own, the image runs it in the LMS's web address, where it can act as the learner: read or change their records.";
const LOAD_EFFECT = 'packages must work offline, and a file loaded from elsewhere can track who opens the course.';
const NOT_DRAWING = 'only drawing elements are allowed, so no image can hide something that runs or loads.';

/** Specific words for the elements people most often meet in SVG files that are more than a picture. */
const ELEMENT_FINDINGS: Record<string, { found: string; effect: string }> = {
  script: { found: 'a `<script>` element', effect: SCRIPT_EFFECT },
  foreignObject: { found: 'a `<foreignObject>` element', effect: 'it embeds a web page in the image, and a page can hold scripts, forms and frames.' },
  iframe: { found: 'an `<iframe>` element', effect: 'it loads another page inside the image.' },
  animate: { found: 'an `<animate>` element', effect: 'animations can turn a harmless link or value into a script after the file was checked.' },
  set: { found: 'a `<set>` element', effect: 'it can turn a harmless link into a script after the file was checked.' },
  animateMotion: { found: 'an `<animateMotion>` element', effect: NOT_DRAWING },
  animateTransform: { found: 'an `<animateTransform>` element', effect: NOT_DRAWING },
  handler: { found: 'a `<handler>` element', effect: SCRIPT_EFFECT },
};

interface Scope {
  /** Prefix → namespace, `''` for the default namespace. */
  bindings: Map<string, string>;
  name: string;
  /** Inside `<metadata>`, editors' vocabularies are allowed. */
  inMetadata: boolean;
  /** Inside `<style>`: text is CSS. */
  isStyle: boolean;
}

export function checkSvg(text: string): SvgProblem[] {
  return new SvgReader(text).read();
}

class SvgReader {
  private pos = 0;
  private readonly problems: SvgProblem[] = [];
  private readonly stack: Scope[] = [];
  private rootSeen = false;
  private doctypeSeen = false;

  constructor(private readonly text: string) {}

  read(): SvgProblem[] {
    try {
      this.document();
    } catch (error) {
      if (error instanceof Stop) return this.problems;
      if (!(error instanceof Unreadable)) throw error;
      return [...this.problems, { kind: 'unreadable', found: error.message, effect: '', offset: error.offset, length: 1 }];
    }
    return this.problems;
  }

  private document(): void {
    const { text } = this;
    if (text.startsWith('<?xml')) this.xmlDeclaration();
    while (this.pos < text.length) {
      const rest = text.startsWith('<', this.pos);
      if (!rest) {
        const end = text.indexOf('<', this.pos);
        const chunk = text.slice(this.pos, end < 0 ? text.length : end);
        if (this.stack.length === 0 && chunk.trim() !== '') this.fail('it has text outside the `<svg>` element');
        if (this.stack.length > 0) this.textContent(chunk);
        this.pos += chunk.length;
      } else if (text.startsWith('<!--', this.pos)) this.comment();
      else if (text.startsWith('<![CDATA[', this.pos)) this.cdata();
      else if (text.startsWith('<!DOCTYPE', this.pos)) this.doctype();
      else if (text.startsWith('<!', this.pos)) this.fail('it has markup starting with `<!` that is not a comment, CDATA or an SVG DOCTYPE');
      else if (text.startsWith('<?', this.pos)) this.processingInstruction();
      else if (text.startsWith('</', this.pos)) this.endTag();
      else this.startTag();
    }
    if (!this.rootSeen) this.fail('it has no `<svg>` element');
    if (this.stack.length > 0) this.fail(`the element \`<${this.stack.at(-1)!.name}>\` is never closed`);
  }

  private xmlDeclaration(): void {
    const match = /^<\?xml(\s+version\s*=\s*("1\.[01]"|'1\.[01]'))(\s+encoding\s*=\s*("[^"]*"|'[^']*'))?(\s+standalone\s*=\s*("(?:yes|no)"|'(?:yes|no)'))?\s*\?>/.exec(this.text);
    if (!match) this.fail('its XML declaration is not a plain `<?xml version="1.0" encoding="UTF-8"?>`');
    const encoding = match[4]?.slice(1, -1);
    // A browser reads the bytes in the declared encoding; the check read them as UTF-8, so they must agree.
    if (encoding !== undefined && !/^utf-?8$/i.test(encoding)) this.fail(`the XML declaration says the file is ${encoding}, but it is UTF-8`);
    this.pos = match[0].length;
  }

  private comment(): void {
    const end = this.text.indexOf('-->', this.pos + 4);
    if (end < 0) this.fail('a comment is never closed');
    if (this.text.slice(this.pos + 4, end).includes('--')) this.fail('a comment contains `--`');
    this.pos = end + 3;
  }

  private cdata(): void {
    if (this.stack.length === 0) this.fail('a CDATA section is outside the `<svg>` element');
    const start = this.pos + '<![CDATA['.length;
    const end = this.text.indexOf(']]>', start);
    if (end < 0) this.fail('a CDATA section is never closed');
    this.characters(this.text.slice(start, end), start);
    this.pos = end + 3;
  }

  private doctype(): void {
    if (this.rootSeen || this.doctypeSeen) this.fail('a DOCTYPE comes after the start of the document');
    const match = /^<!DOCTYPE\s+svg(\s+PUBLIC\s+("[^"]*"|'[^']*')\s+("[^"]*"|'[^']*')|\s+SYSTEM\s+("[^"]*"|'[^']*'))?\s*>/.exec(this.text.slice(this.pos));
    if (!match) {
      const end = this.text.indexOf('>', this.pos);
      if (this.text.slice(this.pos, end < 0 ? undefined : end).includes('[')) {
        this.unsafe('a DOCTYPE that declares entities', 'entities can grow into huge text when the file is read, or bring in content this check cannot see.', this.pos, 9);
        // The rest cannot be read without those declarations; the finding above says what to do.
        throw new Stop();
      }
      this.fail('its DOCTYPE is not the plain SVG one');
    }
    this.doctypeSeen = true;
    this.pos += match[0].length;
  }

  private processingInstruction(): void {
    const end = this.text.indexOf('?>', this.pos);
    const instruction = this.text.slice(this.pos, end < 0 ? this.pos + 40 : end + 2);
    this.unsafe(
      `a processing instruction \`${instruction.length > 40 ? `${instruction.slice(0, 39)}…` : instruction}\``,
      'it can load a style sheet or an XSLT transformation that turns the image into a page with scripts.',
      this.pos,
      instruction.length,
    );
    if (end < 0) this.fail('a processing instruction is never closed');
    this.pos = end + 2;
  }

  private startTag(): void {
    const start = this.pos;
    this.pos++;
    const name = this.name('an element name');
    const attributes: { name: string; value: string; offset: number; length: number }[] = [];
    for (;;) {
      const spaced = this.spaces();
      if (this.text.startsWith('/>', this.pos) || this.text.startsWith('>', this.pos)) break;
      if (!spaced) this.fail(`an attribute of \`<${name}>\` has no space before it`);
      const offset = this.pos;
      const attribute = this.name('an attribute name');
      this.spaces();
      if (this.text[this.pos] !== '=') this.fail(`the attribute \`${attribute}\` has no value`);
      this.pos++;
      this.spaces();
      const quote = this.text[this.pos];
      if (quote !== '"' && quote !== "'") this.fail(`the value of \`${attribute}\` is not in quotes`);
      const close = this.text.indexOf(quote, this.pos + 1);
      if (close < 0) this.fail(`the value of \`${attribute}\` is never closed`);
      const raw = this.text.slice(this.pos + 1, close);
      if (raw.includes('<')) this.fail(`the value of \`${attribute}\` contains \`<\``);
      if (attributes.some((a) => a.name === attribute)) this.fail(`the attribute \`${attribute}\` appears twice`);
      // XML turns tabs and line breaks in values into spaces; checks look at the value a browser uses.
      attributes.push({ name: attribute, value: this.decode(raw, this.pos + 1).replace(/[\t\n\r]/g, ' '), offset, length: close + 1 - offset });
      this.pos = close + 1;
    }
    const selfClosing = this.text.startsWith('/>', this.pos);
    this.pos += selfClosing ? 2 : 1;
    if (this.stack.length === 0 && this.rootSeen) this.fail('another element follows the `<svg>` element');
    this.element(name, attributes, start, this.pos - start);
    if (selfClosing) this.stack.pop();
  }

  private element(name: string, attributes: { name: string; value: string; offset: number; length: number }[], offset: number, length: number): void {
    const parent = this.stack.at(-1);
    const bindings = new Map(parent?.bindings ?? [['xml', NS.xml]]);
    for (const a of attributes) {
      if (a.name === 'xmlns') bindings.set('', a.value);
      else if (a.name.startsWith('xmlns:')) bindings.set(a.name.slice(6), a.value);
    }
    const [prefix, local] = split(name);
    // Without a default namespace declaration, unprefixed elements are in no namespace.
    const namespace = bindings.get(prefix) ?? (prefix === '' ? '' : undefined);
    if (namespace === undefined) this.fail(`the prefix \`${prefix}:\` of \`<${name}>\` is not declared`);
    const inMetadata = (parent?.inMetadata ?? false) || (namespace === NS.svg && local === 'metadata');
    this.stack.push({ bindings, name, inMetadata, isStyle: namespace === NS.svg && local === 'style' });
    if (!this.rootSeen) {
      if (local === 'svg' && namespace !== NS.svg) {
        this.fail('its `<svg>` element has no `xmlns="http://www.w3.org/2000/svg"`, and without it browsers do not show the file as a picture', offset);
      }
      if (namespace !== NS.svg || local !== 'svg') this.fail(`the file starts with \`<${name}>\`, not with an \`<svg>\` element in the SVG namespace`);
      this.rootSeen = true;
    }

    if (namespace === NS.svg) {
      if (!DRAWING_ELEMENTS.has(local)) {
        const finding = ELEMENT_FINDINGS[local] ?? { found: `an element \`<${name}>\` that a still picture does not need`, effect: NOT_DRAWING };
        this.unsafe(finding.found, finding.effect, offset, length);
      }
    } else if (!(inMetadata || METADATA_NAMESPACES.has(namespace))) {
      const effect = namespace === 'http://www.w3.org/1999/xhtml' ? 'web page elements in an image can run scripts and load frames.' : NOT_DRAWING;
      this.unsafe(`an element \`<${name}>\` from another vocabulary (${namespace || 'no namespace'})`, effect, offset, length);
    }

    for (const a of attributes) this.attribute(local, namespace === NS.svg, a, bindings);
  }

  private attribute(element: string, isSvg: boolean, a: { name: string; value: string; offset: number; length: number }, bindings: Map<string, string>): void {
    if (a.name === 'xmlns' || a.name.startsWith('xmlns:')) return;
    const [prefix, local] = split(a.name);
    const namespace = prefix === '' ? '' : bindings.get(prefix);
    if (namespace === undefined) this.fail(`the prefix \`${prefix}:\` of the attribute \`${a.name}\` is not declared`);
    if (/^on/i.test(local)) {
      this.unsafe(`an event handler attribute \`${a.name}\``, SCRIPT_EFFECT, a.offset, a.length);
      return;
    }
    const isHref = local === 'href' && (namespace === '' || namespace === NS.xlink);
    if (isHref) {
      this.reference(element, isSvg, a);
      return;
    }
    if (namespace === NS.xlink && local !== 'title') {
      this.unsafe(`an XLink attribute \`${a.name}\``, 'XLink attributes other than `href` and `title` make links this check does not follow.', a.offset, a.length);
      return;
    }
    if (namespace === NS.xml && local !== 'space' && local !== 'lang') {
      this.unsafe(`the attribute \`${a.name}\``, 'it changes where every link in the file points.', a.offset, a.length);
      return;
    }
    if (namespace === '' && local === 'style') this.css(a.value, a.offset, a.length);
    else this.urls(a.value, a.offset, a.length);
  }

  /** `href`: only to an id in this file, or an embedded PNG, JPEG, GIF or WebP picture in `<image>`. */
  private reference(element: string, isSvg: boolean, a: { name: string; value: string; offset: number; length: number }): void {
    const value = a.value.trim();
    if (value.startsWith('#')) return;
    if (isSvg && element === 'image' && /^data:image\/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]*$/.test(value)) return;
    const shown = value.length > 50 ? `${value.slice(0, 49)}…` : value;
    if (/^\s*javascript:/i.test(value)) this.unsafe(`a link to \`${shown}\``, SCRIPT_EFFECT, a.offset, a.length);
    else this.unsafe(`a reference to \`${shown}\` outside this file`, LOAD_EFFECT, a.offset, a.length);
  }

  private textContent(chunk: string): void {
    if (chunk.includes(']]>')) this.fail('text contains `]]>`');
    this.characters(this.decode(chunk, this.pos), this.pos);
  }

  /** Text of an element; in `<style>` it is CSS. */
  private characters(text: string, offset: number): void {
    if (this.stack.at(-1)?.isStyle) this.css(text, offset, Math.max(1, Math.min(text.length, 40)));
  }

  /** CSS may style the picture; it may not load anything, and escapes could hide what it loads. */
  private css(css: string, offset: number, length: number): void {
    if (css.includes('\\')) return this.unsafe('CSS with a backslash escape', 'escapes can hide a reference to another file from this check.', offset, length);
    if (/@import/i.test(css)) return this.unsafe('CSS with `@import`', LOAD_EFFECT, offset, length);
    const call = /\b(image-set|-webkit-image-set|src|expression|element|paint)\s*\(|-moz-binding|behavior\s*:|javascript:/i.exec(css);
    if (call) return this.unsafe(`CSS with \`${call[0].replace(/\s+/g, '')}\``, LOAD_EFFECT, offset, length);
    this.urls(css, offset, length);
  }

  /** `url(...)` in any value may point only at an id in this file (`url(#gradient)`). */
  private urls(value: string, offset: number, length: number): void {
    for (const match of value.matchAll(/url\s*\(\s*(['"]?)\s*([^'")\s]*)/gi)) {
      if (match[2]!.startsWith('#')) continue;
      const shown = match[2]!.length > 50 ? `${match[2]!.slice(0, 49)}…` : match[2]!;
      this.unsafe(`\`url(${shown})\`, a reference outside this file`, LOAD_EFFECT, offset, length);
      return;
    }
  }

  private endTag(): void {
    const start = this.pos;
    this.pos += 2;
    const name = this.name('an element name');
    this.spaces();
    if (this.text[this.pos] !== '>') this.fail(`the closing tag \`</${name}\` does not end with \`>\``);
    this.pos++;
    const open = this.stack.pop();
    if (!open) this.fail(`the closing tag \`</${name}>\` has no element to close`, start);
    if (open.name !== name) this.fail(`\`</${name}>\` comes before \`<${open.name}>\` is closed`, start);
  }

  private name(what: string): string {
    const match = /^[A-Za-z_][A-Za-z0-9._-]*(?::[A-Za-z_][A-Za-z0-9._-]*)?/.exec(this.text.slice(this.pos, this.pos + 200));
    if (!match) this.fail(`it has ${what} this check does not read`);
    this.pos += match[0].length;
    return match[0];
  }

  private spaces(): boolean {
    const start = this.pos;
    while (/[ \t\r\n]/.test(this.text[this.pos] ?? '')) this.pos++;
    return this.pos > start;
  }

  /** Replaces the five predefined entities and character references; any other `&` is not plain XML. */
  private decode(raw: string, offset: number): string {
    return raw.replace(/&([^;&]*)(;?)/g, (whole, body: string, semi: string, at: number) => {
      const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };
      const code = /^#x([0-9a-fA-F]{1,6})$/.exec(body)?.[1] ?? /^#([0-9]{1,7})$/.exec(body)?.[1];
      if (semi && named[body] !== undefined) return named[body]!;
      if (semi && code !== undefined) {
        const point = body.startsWith('#x') ? parseInt(code, 16) : parseInt(code, 10);
        const allowed = point === 0x9 || point === 0xa || point === 0xd || (point >= 0x20 && point <= 0xd7ff) || (point >= 0xe000 && point <= 0xfffd) || (point >= 0x10000 && point <= 0x10ffff);
        if (allowed) return String.fromCodePoint(point);
      }
      this.fail(`it uses \`${whole.length > 20 ? `${whole.slice(0, 19)}…` : whole}\`, which is not one of XML's own entities (&amp; &lt; &gt; &quot; &apos;) or a character number`, offset + at);
    });
  }

  private unsafe(found: string, effect: string, offset: number, length: number): void {
    this.problems.push({ kind: 'unsafe', found, effect, offset, length });
  }

  private fail(found: string, offset = this.pos): never {
    throw new Unreadable(found, offset);
  }
}

const split = (name: string): [string, string] => {
  const colon = name.indexOf(':');
  return colon < 0 ? ['', name] : [name.slice(0, colon), name.slice(colon + 1)];
};

class Unreadable extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Reading stops after a finding that makes the rest meaningless to check. */
class Stop extends Error {}
