/**
 * Page Markdown to safe HTML, at build time so no Markdown parser or sanitizer ships to the
 * browser. Headings are shifted so a page's top level is h3 (the shell shows the activity title
 * as h2), images point into the package's `media/<module-id>/` folder, `template:<id>` links lead
 * to the printable template in the page's locale (template-links.ts), and only a small set of
 * tags survives: no scripts, styles, iframes or event handlers, whatever the author pasted.
 * Printable templates are compiled the same way, with their own top level and no media.
 */
import { Marked, type Token, type Tokens } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { removedHtml, removedLink, type RemovedContent } from './removed-html.ts';
import { templateLinkId } from './template-links.ts';

export interface PageImage {
  /** As written in the Markdown. */
  src: string;
  alt: string;
  /** Where `![alt](src)` starts in the Markdown, and its length (for error positions). */
  offset: number;
  length: number;
  /** The file inside the module's `media/` folder, when `src` points there. */
  media?: string;
  /** True for `http:`, `data:`, `//host` and other sources outside the module. */
  external: boolean;
}

export interface CompiledPage {
  html: string;
  images: PageImage[];
  /** Raw HTML and link targets the sanitizer drops, so the author can be told (not silently lose them). */
  removed: RemovedContent[];
  /** `template:<id>` links with where they are in the Markdown, for the loader to check the ids. */
  templateLinks: { id: string; offset: number; length: number }[];
}

export interface CompileOptions {
  /** The module whose `media/` folder images come from; text outside a module shows no images. */
  moduleId?: string;
  /** Where a `template:<id>` link leads from this text; without it such a link is removed like any unknown scheme. */
  templateHref?: (id: string) => string;
  /** The level the text's top heading gets (default 3: the shell shows a page's title as h2). */
  topLevel?: number;
}

type SanitizeOptions = sanitizeHtml.IOptions;

const TOP_LEVEL = 3;
const marked = new Marked({ gfm: true, async: false });

export function compileMarkdown(markdown: string, options: CompileOptions): CompiledPage {
  const tokens = marked.lexer(markdown);
  const images: PageImage[] = [];
  const removed: RemovedContent[] = [];
  const templateLinks: CompiledPage['templateLinks'] = [];
  // Resolved template links open in a new tab, like external ones: the course stays open behind the form.
  const newTab = new Set<string>();
  const rules = sanitizeOptions(options, newTab);
  let minDepth = 6;
  let cursor = 0;
  // Raw HTML and links are found by their text in the Markdown; code may show the same text, so it moves this cursor too.
  let htmlCursor = 0;
  marked.walkTokens(tokens, (token: Token) => {
    if (token.type === 'heading') minDepth = Math.min(minDepth, (token as Tokens.Heading).depth);
    if (token.type === 'html' || token.type === 'link' || token.type === 'code' || token.type === 'codespan') {
      const found = markdown.indexOf(token.raw, htmlCursor);
      const offset = found >= 0 ? found : htmlCursor;
      htmlCursor = offset + (token.type === 'link' ? 1 : token.raw.length);
      if (token.type === 'html') removed.push(...removedHtml(token.raw, offset, rules));
      const link = token as Tokens.Link;
      const template = token.type === 'link' && options.templateHref ? templateLinkId(link.href) : undefined;
      if (template !== undefined) {
        templateLinks.push({ id: template, offset, length: token.raw.length });
        link.href = options.templateHref!(template);
        newTab.add(link.href);
      } else if (token.type === 'link') removed.push(...removedLink(link.href, offset, token.raw.length, rules));
    }
    if (token.type !== 'image') return;
    const image = token as Tokens.Image;
    const found = markdown.indexOf(image.raw, cursor);
    const offset = found >= 0 ? found : cursor;
    cursor = offset + image.raw.length;
    const entry: PageImage = { src: image.href, alt: image.text.trim(), offset, length: image.raw.length, external: isExternal(image.href) };
    const media = mediaFile(image.href);
    if (media && !entry.external && options.moduleId !== undefined) {
      entry.media = media;
      image.href = `media/${options.moduleId}/${media}`;
    }
    images.push(entry);
  });
  const topLevel = options.topLevel ?? TOP_LEVEL;
  const shift = topLevel - minDepth;
  marked.walkTokens(tokens, (token: Token) => {
    if (token.type === 'heading') {
      const heading = token as Tokens.Heading;
      heading.depth = Math.min(6, Math.max(topLevel, heading.depth + shift));
    }
  });
  return { html: sanitizeHtml(marked.parser(tokens), rules), images, removed, templateLinks };
}

/** `media/x.svg`, `./media/x.svg` or `../media/x.svg` (relative to pages/) → `x.svg`. */
function mediaFile(src: string): string | undefined {
  const path = decodeURI(src.split(/[?#]/)[0] ?? '').replace(/^\.\//, '').replace(/^\.\.\/media\//, 'media/');
  if (!path.startsWith('media/')) return undefined;
  const rest = path.slice('media/'.length);
  return rest && !rest.split('/').includes('..') ? rest : undefined;
}

const isExternal = (src: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//');

const EXTERNAL_LINK = /^(https?:)?\/\//i;
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** What survives in a page: one definition, used to clean pages and to tell authors what was dropped. */
function sanitizeOptions(options: CompileOptions, newTab: ReadonlySet<string>): SanitizeOptions {
  const mediaPrefix = options.moduleId === undefined ? undefined : `media/${options.moduleId}/`;
  return {
    allowedTags: [
      // Headings from the text's top level down: a page never has an h2 of its own (the shell's title is the h2).
      ...HEADINGS.slice((options.topLevel ?? TOP_LEVEL) - 1),
      'p', 'br', 'hr', 'ul', 'ol', 'li', 'strong', 'em', 'del', 's', 'a', 'img',
      'table', 'thead', 'tbody', 'tr', 'th', 'td', 'blockquote', 'code', 'pre', 'sup', 'sub',
    ],
    allowedAttributes: {
      a: ['href', 'title', 'target', 'rel'],
      img: ['src', 'alt', 'title', 'width', 'height'],
      th: ['align'],
      td: ['align'],
      ol: ['start'],
      code: ['class'],
    },
    allowedClasses: { code: ['language-*'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    // Images ship inside the package; a remote or data: image is reported by the loader and dropped here.
    allowedSchemesByTag: { img: [] },
    allowProtocolRelative: false,
    transformTags: {
      a: (tagName, attribs) => {
        const external = EXTERNAL_LINK.test(attribs.href ?? '') || newTab.has(attribs.href ?? '');
        const { target: _target, rel: _rel, ...rest } = attribs;
        return { tagName, attribs: external ? { ...rest, target: '_blank', rel: 'noopener' } : rest };
      },
    },
    // Raw HTML images were not rewritten into the package, so they would be broken: drop them.
    exclusiveFilter: (frame) => frame.tag === 'img' && (mediaPrefix === undefined || !(frame.attribs.src ?? '').startsWith(mediaPrefix)),
  };
}
