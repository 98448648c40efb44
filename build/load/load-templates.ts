/**
 * Printable templates: `templates/<id>.md` in the course folder (English) with
 * `templates/<id>.<locale>.md` for every other locale, each a title heading followed by Markdown
 * forms (tables with empty cells to fill in). Every template ships in every package and beside
 * the facilitator guides in every locale, so each must exist in each locale; pages link to them
 * as `template:<id>` (template-links.ts), and each link must name a template that exists.
 *
 *   # Training plan                     ← the title: the first line, a Markdown heading
 *   How to use: ...                     ← anything below is the form, compiled like a page
 *   | Task | When | ... |
 */
import { join } from 'node:path';
import sanitizeHtml from 'sanitize-html';
import { Marked } from 'marked';
import { ID_PATTERN, type Id } from '../../course/schema/ids.ts';
import { contentError, wholeFile, type ContentError } from '../errors/content-error.ts';
import { closest } from '../errors/did-you-mean.ts';
import { linkedOutside, readAuthoredText } from './authored-text.ts';
import { listNames } from './course-folder.ts';
import { compileMarkdown } from './markdown.ts';
import { templateFileName, type TemplateLink } from './template-links.ts';
import { locationAt } from './text-location.ts';

export const TEMPLATES_DIR = 'templates';

/** One template in one locale, compiled and sanitized. */
export interface CompiledTemplate {
  /** Plain text of the title heading (the renderer escapes it). */
  title: string;
  /** The form below the title: sanitized HTML, top headings at h2. */
  html: string;
}

/** A template as the build renders it for one locale. */
export interface PrintableTemplate extends CompiledTemplate {
  id: Id;
  /** Modules whose pages link to it, in course order (the guide lists them). */
  modules: Id[];
}

export interface TemplateCheck {
  root: string;
  sourceLocale: string;
  locales: readonly string[];
  /** `template:` links found in the module pages. */
  pageLinks: readonly TemplateLink[];
}

export interface LoadedTemplates {
  errors: ContentError[];
  /** Compiled templates by id, then locale. */
  byId: Map<Id, Map<string, CompiledTemplate>>;
  /** Modules linking to each template, by id. */
  usedBy: Map<Id, Set<string>>;
}

const FILE_NAME = /^([^.]+)(?:\.([^.]+))?\.md$/;
/** An ATX heading: up to three spaces, one to six `#`, a space, the text, optional closing `#`s. */
const TITLE = /^ {0,3}#{1,6}[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/;

export async function loadTemplates(check: TemplateCheck): Promise<LoadedTemplates> {
  const { root, sourceLocale, locales } = check;
  const result: LoadedTemplates = { errors: [], byId: new Map(), usedBy: new Map() };
  const outside = await linkedOutside(root, TEMPLATES_DIR);
  if (outside) return { ...result, errors: [outside] };

  const names = await listNames(join(root, TEMPLATES_DIR), 'file');
  const ids = names.flatMap((name) => {
    const match = FILE_NAME.exec(name);
    return match && match[2] === undefined && ID_PATTERN.test(match[1]!) ? [match[1]!] : [];
  });
  for (const name of names) {
    const problem = strayFile(name, ids, sourceLocale, locales);
    if (problem) result.errors.push(problem);
  }

  const links: TemplateLink[] = [...check.pageLinks];
  const missing: { id: string; locale: string; file: string }[] = [];
  for (const id of ids) {
    const byLocale = new Map<string, CompiledTemplate>();
    result.byId.set(id, byLocale);
    for (const locale of locales) {
      const file = `${TEMPLATES_DIR}/${locale === sourceLocale ? `${id}.md` : `${id}.${locale}.md`}`;
      const read = await readAuthoredText(root, file);
      if (read === undefined) {
        missing.push({ id, locale, file });
        continue;
      }
      if ('error' in read) {
        result.errors.push(read.error);
        continue;
      }
      const compiled = compileTemplate(read.text, file, locale);
      result.errors.push(...compiled.errors);
      links.push(...compiled.links);
      if (compiled.template) byLocale.set(locale, compiled.template);
    }
  }

  for (const { id, locale, file } of missing) {
    const linkedFrom = links.filter((l) => l.id === id && l.locale === locale).map((l) => `${l.at.file}:${l.at.line}:${l.at.column}`);
    result.errors.push(contentError('TranslatedTemplateMissing', { template: id, locale, file, linkedFrom }, wholeFile(file)));
  }
  for (const link of links) {
    if (!result.byId.has(link.id)) {
      const suggestion = closest(link.id, ids);
      result.errors.push(contentError('TemplateUnknown', { id: link.id, known: ids, ...(suggestion ? { suggestion } : {}) }, link.at));
    } else if (link.module !== undefined) {
      const modules = result.usedBy.get(link.id) ?? new Set<string>();
      modules.add(link.module);
      result.usedBy.set(link.id, modules);
    }
  }
  return result;
}

/** The templates for one locale, those the earliest modules use first, then the others by id. */
export function printableTemplates(loaded: Pick<LoadedTemplates, 'byId' | 'usedBy'>, locale: string, moduleOrder: readonly Id[]): PrintableTemplate[] {
  const templates = [...loaded.byId].flatMap(([id, byLocale]) => {
    const compiled = byLocale.get(locale);
    if (!compiled) return [];
    const modules = moduleOrder.filter((m) => loaded.usedBy.get(id)?.has(m));
    return [{ id, ...compiled, modules }];
  });
  const first = (t: PrintableTemplate) => (t.modules.length > 0 ? moduleOrder.indexOf(t.modules[0]!) : moduleOrder.length);
  return templates.sort((a, b) => first(a) - first(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A file in templates/ that no locale reads, as a warning or an error; undefined for a template file. */
function strayFile(name: string, ids: readonly string[], sourceLocale: string, locales: readonly string[]): ContentError | undefined {
  const file = `${TEMPLATES_DIR}/${name}`;
  const match = FILE_NAME.exec(name);
  if (!match) {
    return contentError(
      'FileUnused',
      { reason: 'templates are Markdown files named <id>.md, with <id>.<locale>.md for each translation', fix: 'rename it (for example training-plan.md or training-plan.nl.md), or move it out of templates/.' },
      wholeFile(file),
    );
  }
  const [, id = '', locale] = match;
  if (!ID_PATTERN.test(id)) {
    return contentError(
      'FileUnused',
      { reason: `"${id}" is not a kebab-case template id (lower-case letters, digits and single hyphens)`, fix: 'rename it, for example to training-plan.md; pages link to it by that id.' },
      wholeFile(file),
    );
  }
  if (locale === undefined) return undefined;
  if (locale === sourceLocale) {
    return contentError('FileUnused', { reason: `the ${sourceLocale} text of a template is read from ${id}.md, without a locale`, fix: `rename it to ${id}.md.` }, wholeFile(file));
  }
  if (!locales.includes(locale)) return contentError('LocaleNotInCourse', { locale, locales: [...locales] }, wholeFile(file));
  if (!ids.includes(id)) {
    return contentError('FileUnused', { reason: `there is no ${sourceLocale} template ${id}.md for it to translate`, fix: `write templates/${id}.md, rename this file to match an existing template, or delete it.` }, wholeFile(file));
  }
  return undefined;
}

const inline = new Marked({ gfm: true, async: false });

/** The title and the sanitized form of one template file, with its problems and its own template links. */
function compileTemplate(text: string, file: string, locale: string): { template?: CompiledTemplate; errors: ContentError[]; links: TemplateLink[] } {
  const errors: ContentError[] = [];
  if (text.trim() === '') return { errors: [contentError('TemplateEmpty', { file, titleOnly: false }, wholeFile(file))], links: [] };
  const start = text.search(/\S/);
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const lineEnd = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
  const firstLine = text.slice(lineStart, lineEnd).replace(/\r$/, '');
  const heading = TITLE.exec(firstLine);
  if (!heading) {
    const at = locationAt(file, text, start, Math.max(1, firstLine.trim().length));
    return { errors: [contentError('TemplateTitleMissing', { file, found: firstLine.trim() }, at)], links: [] };
  }
  const title = plainText(heading[1]!);
  // The title line becomes blank, so offsets into the rest still point at the same place in the file.
  const body = text.slice(0, lineStart) + ' '.repeat(firstLine.length) + text.slice(lineStart + firstLine.length);
  if (body.trim() === '') return { errors: [contentError('TemplateEmpty', { file, titleOnly: true }, wholeFile(file))], links: [] };

  const compiled = compileMarkdown(body, { templateHref: (id) => templateFileName(id, locale), topLevel: 2 });
  for (const removed of compiled.removed) {
    errors.push(contentError('PageContentRemoved', { kind: removed.kind, tag: removed.tag, dropped: removed.dropped }, locationAt(file, text, removed.offset, removed.length)));
  }
  for (const image of compiled.images) errors.push(contentError('TemplateImageNotAllowed', { src: image.src }, locationAt(file, text, image.offset, image.length)));
  const links = compiled.templateLinks.map((l): TemplateLink => ({ id: l.id, locale, at: locationAt(file, text, l.offset, l.length) }));
  return { template: { title, html: compiled.html }, errors, links };
}

/** A heading's inline Markdown as plain text: `**Training** plan &amp; log` → `Training plan & log`. */
function plainText(markdown: string): string {
  const html = inline.parseInline(markdown) as string;
  const text = sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} });
  return text.replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: '\u00a0' })[e]!).trim();
}
