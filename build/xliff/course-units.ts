/**
 * The translation units of a course for one locale: every translatable text of course.yaml and
 * of each module (as build/load/translatable.ts declares them), every page and every printable
 * template, each with its English source, its current translation and the place that
 * translation lives. Export writes these as XLIFF, import checks an XLIFF against them and
 * writes into the places they name, and the report counts them: one list, so the three agree.
 *
 * Unit ids are the translation keys of the i18n YAML files. Pages and templates, translated as
 * whole Markdown files, get `pages.<page-id>` and `templates.<template-id>`: no YAML key starts
 * with either, so ids stay unique within their XLIFF file.
 */
import { join, resolve } from 'node:path';
import { readAuthoredText } from '../load/authored-text.ts';
import { listNames } from '../load/course-folder.ts';
import { TEMPLATES_DIR } from '../load/load-templates.ts';
import { courseTexts, listTexts, moduleTexts, type TextEntry, type TextSpec } from '../load/translatable.ts';
import { flattenTranslation, PAGE_TODO_MARK } from '../load/translation-file.ts';
import { readYamlFile } from '../load/yaml-file.ts';
import { acceptMaxLength, courseNotes, MARKDOWN_NOTE, moduleNotes, type UnitContext } from './unit-notes.ts';

/** `text`: one YAML string; `list`: a YAML list of texts, one per line in XLIFF; `markdown`: a whole file. */
export type UnitKind = 'text' | 'list' | 'markdown';

/** Where a unit's translation lives, relative to the course folder. */
export type UnitHome = { kind: 'yaml'; file: string; key: string } | { kind: 'file'; file: string };

export interface TranslationUnit {
  id: string;
  /** The XLIFF group: `activity.<id>` for the texts of one activity. */
  group?: string;
  kind: UnitKind;
  /** English; a list is one text per line. */
  source: string;
  /** The current translation, if there is one (not empty). */
  target?: string;
  /** Characters: of the whole text, or of each line of a list. */
  limit?: number;
  notes: string[];
  home: UnitHome;
}

export interface UnitFile {
  /** The XLIFF <file> id: `course`, or `module.<id>` (a module may be called "course"). */
  id: string;
  units: TranslationUnit[];
  /** Set when the locale's translation file exists but has YAML errors, so no target could be read. */
  unreadable?: string;
}

export interface CourseUnits {
  root: string;
  courseId: string;
  sourceLocale: string;
  locales: string[];
  locale: string;
  files: UnitFile[];
}

/** One line per list entry: accepted answers never contain a line break. */
export const listToText = (values: readonly string[]): string => values.join('\n');
export const textToList = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((v) => v.trim())
    .filter(Boolean);

export const moduleFileId = (module: string): string => `module.${module}`;

export interface UnitOptions {
  /** Only this module (and not the course-level texts). */
  module?: string;
}

export async function courseUnits(root: string, locale: string, options: UnitOptions = {}): Promise<CourseUnits> {
  const absRoot = resolve(root);
  const course = await readYamlFile(absRoot, 'course.yaml');
  if (!course || course.data === undefined || course.errors.length > 0) {
    throw new Error(`Cannot read ${join(absRoot, 'course.yaml')}; run \`workmentor build\` to see why.`);
  }
  const raw = course.data as { id?: unknown; sourceLocale?: unknown; locales?: unknown; modules?: unknown };
  const sourceLocale = typeof raw.sourceLocale === 'string' ? raw.sourceLocale : 'en';
  const locales = Array.isArray(raw.locales) ? raw.locales.filter((l): l is string => typeof l === 'string') : [sourceLocale];
  const listed = Array.isArray(raw.modules) ? raw.modules.filter((m): m is string => typeof m === 'string') : await listNames(join(absRoot, 'modules'), 'dir');
  if (options.module !== undefined && !listed.includes(options.module)) {
    throw new Error(`"${options.module}" is not a module of this course. Modules: ${listed.join(', ')}.`);
  }

  const files: UnitFile[] = [];
  if (options.module === undefined) {
    const file = await yamlUnits(absRoot, 'course', 'i18n', courseTexts, course.data, locale, courseNotes);
    file.units.push(...(await templateUnits(absRoot, locale)));
    files.push(file);
  }
  for (const id of options.module === undefined ? listed : [options.module]) {
    const dir = `modules/${id}`;
    const module = await readYamlFile(absRoot, `${dir}/module.yaml`);
    // A module that does not load has no trustworthy list of texts; the build reports why.
    if (!module || module.data === undefined || module.errors.length > 0) continue;
    const file = await yamlUnits(absRoot, moduleFileId(id), `${dir}/i18n`, moduleTexts, module.data, locale, (e) => moduleNotes(e, module.data, id));
    file.units.push(...(await pageUnits(absRoot, dir, module.data, locale, id)));
    files.push(file);
  }
  return { root: absRoot, courseId: typeof raw.id === 'string' ? raw.id : 'course', sourceLocale, locales, locale, files };
}

async function yamlUnits(
  root: string,
  fileId: string,
  i18nDir: string,
  spec: TextSpec,
  data: unknown,
  locale: string,
  context: (entry: TextEntry) => UnitContext,
): Promise<UnitFile> {
  const yamlFile = `${i18nDir}/${locale}.yaml`;
  const source = listTexts(spec, data);
  const existing = await readYamlFile(root, yamlFile, { failsafe: true });
  const targets = new Map<string, string>();
  if (existing && existing.errors.length === 0) {
    for (const entry of flattenTranslation(existing, new Set(source.map((e) => e.key)))) {
      // English copied in by `workmentor new` and still marked is work to do: no target, so the
      // unit goes out `initial` and a translation tool offers it.
      if (entry.marked) continue;
      const v = entry.value;
      if (typeof v === 'string' && v !== '') targets.set(entry.key, v);
      if (Array.isArray(v) && v.length > 0 && v.every(Boolean)) targets.set(entry.key, listToText(v));
    }
  }
  const units = source.map((entry): TranslationUnit => {
    const { activity, notes } = context(entry);
    const list = Array.isArray(entry.value);
    const limit = list ? acceptMaxLength(entry.path, data) : entry.limit;
    const target = targets.get(entry.key);
    return {
      id: entry.key,
      ...(activity ? { group: `activity.${activity.id}` } : {}),
      kind: list ? 'list' : 'text',
      source: list ? listToText(entry.value as string[]) : (entry.value as string),
      ...(target !== undefined ? { target } : {}),
      ...(limit ? { limit } : {}),
      notes,
      home: { kind: 'yaml', file: yamlFile, key: entry.key },
    };
  });
  return { id: fileId, units, ...(existing && existing.errors.length > 0 ? { unreadable: yamlFile } : {}) };
}

async function pageUnits(root: string, dir: string, module: unknown, locale: string, moduleId: string): Promise<TranslationUnit[]> {
  const activities = (module as { activities?: unknown }).activities;
  const units: TranslationUnit[] = [];
  for (const activity of Array.isArray(activities) ? activities : []) {
    const page = activity as { id?: unknown; type?: unknown; title?: unknown } | null;
    if (page?.type !== 'page' || typeof page.id !== 'string') continue;
    const unit = await markdownUnit(root, `${dir}/pages/${page.id}`, locale, `pages.${page.id}`, [
      `Module "${moduleId}". The whole page "${page.id}": ${typeof page.title === 'string' ? page.title : ''}`.trimEnd(),
    ]);
    if (unit) units.push({ ...unit, group: `activity.${page.id}` });
  }
  return units;
}

async function templateUnits(root: string, locale: string): Promise<TranslationUnit[]> {
  const units: TranslationUnit[] = [];
  for (const name of await listNames(join(root, TEMPLATES_DIR), 'file')) {
    const id = /^([^.]+)\.md$/.exec(name)?.[1];
    if (!id) continue;
    const unit = await markdownUnit(root, `${TEMPLATES_DIR}/${id}`, locale, `templates.${id}`, [
      `Printable template "${id}": a form trainers print. The first line is its title heading.`,
    ]);
    if (unit) units.push(unit);
  }
  return units;
}

/** A whole Markdown file as one unit: sentences in a page lean on each other, and a file is what the build reads. */
async function markdownUnit(root: string, base: string, locale: string, id: string, notes: string[]): Promise<TranslationUnit | undefined> {
  const source = await readAuthoredText(root, `${base}.md`);
  if (!source || 'error' in source) return undefined;
  const file = `${base}.${locale}.md`;
  const target = await readAuthoredText(root, file);
  // A copy `workmentor new language` made and still marked is work to do, as a marked YAML text is.
  const text = target && 'text' in target && !PAGE_TODO_MARK.test(target.text) ? normalizeMarkdown(target.text) : '';
  return {
    id,
    kind: 'markdown',
    source: normalizeMarkdown(source.text),
    ...(text ? { target: text } : {}),
    notes: [...notes, MARKDOWN_NOTE],
    home: { kind: 'file', file },
  };
}

/**
 * XML parsers turn CRLF into LF and the xliff package trims text, so a file's text is compared
 * and exported in that form; a file is written back with one final newline.
 */
export const normalizeMarkdown = (text: string): string => text.replace(/\r\n?/g, '\n').trim();
