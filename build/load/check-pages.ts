/**
 * Page bodies: every page activity has its Markdown in the source locale and in each translated
 * locale, each image has alt text and ships in the module's `media/` folder, and no stray page
 * file waits for a locale the course does not ship. Compiles the pages it checks.
 */
import { join } from 'node:path';
import { contentError, wholeFile, type ContentError } from '../errors/content-error.ts';
import { closest } from '../errors/did-you-mean.ts';
import { readAuthoredText } from './authored-text.ts';
import { listNames } from './course-folder.ts';
import { compileMarkdown } from './markdown.ts';
import { templatePath, type TemplateLink } from './template-links.ts';
import { locationAt } from './text-location.ts';
import type { YamlFile } from './yaml-file.ts';

export interface PageCheck {
  root: string;
  moduleId: string;
  /** module.yaml, to point at a page activity whose file is missing. */
  moduleFile: YamlFile;
  /**
   * Page activity ids with their index in `activities`. The file of a page whose id fails the
   * schema (`badId`) is judged once the id is fixed: the file name is the id.
   */
  pages: { id: string; index: number; badId?: boolean }[];
  sourceLocale: string;
  locales: readonly string[];
  /** Files in the module's media folder (relative to it). */
  mediaFiles: readonly string[];
  /** Draft mode: a missing translated page shows the source page under a "not translated yet" line. */
  draft?: boolean;
}

export interface PageResult {
  errors: ContentError[];
  /** Compiled HTML by page id, then locale. */
  html: Map<string, Map<string, string>>;
  /** Media files (relative to media/) that some page uses. */
  usedMedia: Set<string>;
  /** `template:` links in the pages, checked once the course's templates are known (load-templates.ts). */
  templateLinks: TemplateLink[];
  /** False while a page id is malformed or its files carry an old id: which media are used is not known yet. */
  settled: boolean;
}

export async function checkPages(check: PageCheck): Promise<PageResult> {
  const { moduleId, sourceLocale, locales } = check;
  const dir = `modules/${moduleId}/pages`;
  const errors: ContentError[] = [];
  const html = new Map<string, Map<string, string>>();
  const usedMedia = new Set<string>();
  const templateLinks: TemplateLink[] = [];
  const pageIds = new Set(check.pages.map((p) => p.id));
  const names = await listNames(join(check.root, dir), 'file');
  // Page files whose id no page has: after a page id was renamed, the files that still carry the old one.
  const orphans = [...new Set(names.flatMap((n) => /^([^.]+)\.md$/.exec(n)?.[1] ?? []))].filter((id) => !pageIds.has(id));
  /** In a draft: translated pages not written yet, filled from the source page once it is read. */
  const drafts: { byLocale: Map<string, string>; locale: string; file: string }[] = [];
  const renamedFrom = new Set<string>();
  // A malformed page id is its InvalidId alone: which files are its own is judged once it is fixed.
  const unsettled = check.pages.some((p) => p.badId);

  for (const page of check.pages) {
    if (page.badId) continue;
    const byLocale = new Map<string, string>();
    html.set(page.id, byLocale);
    for (const locale of locales) {
      const file = locale === sourceLocale ? `${dir}/${page.id}.md` : `${dir}/${page.id}.${locale}.md`;
      const read = await readAuthoredText(check.root, file);
      if (read === undefined) {
        // The page's files are most likely those of the one page id nobody has any more: one error says so.
        const old = locale === sourceLocale ? (closest(page.id, orphans) ?? (orphans.length === 1 ? orphans[0] : undefined)) : undefined;
        if (old) renamedFrom.add(old);
        if (check.draft && locale !== sourceLocale) {
          drafts.push({ byLocale, locale, file });
          continue;
        }
        errors.push(
          locale === sourceLocale
            ? contentError('PageFileMissing', { page: page.id, expected: file, ...(old ? { renamedFrom: `${dir}/${old}.md` } : {}) }, check.moduleFile.locate(['activities', page.index, 'id']))
            : contentError('TranslatedPageMissing', { page: page.id, locale, file }, wholeFile(file)),
        );
        if (old) break;
        continue;
      }
      if ('error' in read) {
        errors.push(read.error);
        continue;
      }
      const markdown = read.text;
      if (markdown.trim() === '') {
        errors.push(contentError('PageEmpty', { file }, wholeFile(file)));
        continue;
      }
      const compiled = compileMarkdown(markdown, { moduleId, templateHref: (id) => templatePath(id, locale) });
      byLocale.set(locale, compiled.html);
      for (const link of compiled.templateLinks) {
        templateLinks.push({ id: link.id, locale, module: moduleId, at: locationAt(file, markdown, link.offset, link.length) });
      }
      for (const removed of compiled.removed) {
        const params = { kind: removed.kind, tag: removed.tag, dropped: removed.dropped };
        errors.push(contentError('PageContentRemoved', params, locationAt(file, markdown, removed.offset, removed.length)));
      }
      for (const image of compiled.images) {
        const at = locationAt(file, markdown, image.offset, image.length);
        if (!image.alt) errors.push(contentError('ImageAltMissing', { src: image.src }, at));
        if (image.external || !image.media) {
          errors.push(contentError('ImageNotLocal', { src: image.src, module: moduleId }, at));
        } else if (!check.mediaFiles.includes(image.media)) {
          const suggestion = closest(image.media, check.mediaFiles);
          errors.push(
            contentError(
              'ImageFileMissing',
              { src: image.src, module: moduleId, available: [...check.mediaFiles], ...(suggestion ? { suggestion: `media/${suggestion}` } : {}) },
              at,
            ),
          );
        } else usedMedia.add(image.media);
      }
    }
  }

  for (const name of names) {
    const match = /^([^.]+)(?:\.([^.]+))?\.md$/.exec(name);
    if (!match) continue;
    const [, id = '', locale] = match;
    const file = `${dir}/${name}`;
    if (locale !== undefined && !locales.includes(locale) && locale !== sourceLocale) {
      errors.push(contentError('LocaleNotInCourse', { locale, locales: [...locales] }, wholeFile(file)));
    } else if (locale === sourceLocale) {
      errors.push(
        contentError(
          'FileUnused',
          { reason: `the ${sourceLocale} text of a page is read from ${id}.md, without a locale`, fix: `rename it to ${id}.md.` },
          wholeFile(file),
        ),
      );
    } else if (!pageIds.has(id) && !unsettled && !renamedFrom.has(id)) {
      errors.push(
        contentError(
          'FileUnused',
          { reason: `no page activity in module.yaml has the id "${id}"`, fix: `add \`- id: ${id}\` with \`type: page\` to \`activities\`, rename the file to match a page id, or delete it.` },
          wholeFile(file),
        ),
      );
    }
  }
  for (const draft of drafts) {
    const source = draft.byLocale.get(sourceLocale);
    if (source === undefined) continue;
    draft.byLocale.set(draft.locale, `<p><strong>[${draft.locale}?]</strong> This page is not translated yet (${draft.file}).</p>\n${source}`);
    errors.push(contentError('DraftTranslationMissing', { locale: draft.locale, file: draft.file, count: 1 }, wholeFile(draft.file)));
  }
  return { errors, html, usedMedia, templateLinks, settled: !unsettled && renamedFrom.size === 0 };
}
