/**
 * The content loader: reads a course folder (course.yaml, modules, translations, pages, media),
 * checks everything and reports every problem in every file at once, each at its `file:line:col`
 * with what, why and how to fix it. Only a course with no errors is built into per-locale
 * `CourseData`; warnings never stop it.
 *
 *   <root>/course.yaml, <root>/i18n/<locale>.yaml
 *   <root>/modules/<id>/module.yaml, i18n/<locale>.yaml, pages/<page>[.<locale>].md, media/*
 *   <root>/templates/<id>[.<locale>].md   printable templates (load-templates.ts)
 */
import { access } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { CourseSchema, type Course } from '../../course/schema/course.ts';
import type { CourseData } from '../../course/schema/course-data.ts';
import { IdSchema, LocaleSchema, type Id, type Locale } from '../../course/schema/ids.ts';
import type { FacilitatorNotes } from '../../course/schema/module.ts';
import { byPosition, contentError, isWarning, wholeFile, type ContentError } from '../errors/content-error.ts';
import { buildCourseData, buildFacilitatorNotes, type CourseParts } from './build-course-data.ts';
import { checkBaseIri } from './check-base-iri.ts';
import { checkCast } from './check-cast.ts';
import { withCastLooks } from './cast-looks.ts';
import { checkCover } from './check-cover.ts';
import { checkFinalAssessment } from './check-final-assessment.ts';
import { checkLabels } from './check-labels.ts';
import { checkTheme, type PackageTheme } from './check-theme.ts';
import { checkTranslation } from './check-translations.ts';
import { listNames } from './course-folder.ts';
import { loadModule, strayTranslationFiles, type LoadedModule } from './load-module.ts';
import { loadTemplates, printableTemplates, type PrintableTemplate } from './load-templates.ts';
import { findMistypedLocales } from './mistyped-locale.ts';
import { checkSchema } from './schema-issues.ts';
import { courseTexts, listTexts, type TextValue } from './translatable.ts';
import { checkUniqueIds, unsettledLists } from './unique-ids.ts';
import { readYamlFile } from './yaml-file.ts';

export interface MediaFile {
  /** Absolute path of the authored file. */
  source: string;
  /** Path inside a package, e.g. `media/first-weeks/till.svg`. */
  target: string;
}

export interface LoadedCourse {
  root: string;
  source: Course;
  /** Built course per locale in `source.locales`: what learners' packages carry. */
  data: Partial<Record<Locale, CourseData>>;
  /** Facilitator notes per locale and module id, for the facilitator guide only (never in packages). */
  facilitator: Partial<Record<Locale, Record<Id, FacilitatorNotes>>>;
  media: MediaFile[];
  /** The school's brand from course.yaml's `theme:`, checked (check-theme.ts); undefined for the WORKMENTOR look. */
  theme?: PackageTheme;
  /** Printable templates per locale: in every package and beside the facilitator guides. */
  templates: Partial<Record<Locale, PrintableTemplate[]>>;
  warnings: ContentError[];
}

export type LoadResult = { ok: true; course: LoadedCourse } | { ok: false; errors: ContentError[]; warnings: ContentError[] };

export interface LoadOptions {
  /** How to name the course folder in advice such as the worksheet command (default: relative to cwd). */
  courseArg?: string;
  /**
   * Only these of the course's locales (and its source) are checked and built (`--locale`): a
   * module translated into nl so far builds for en and nl without nb being asked for.
   */
  locales?: readonly Locale[];
  /** Draft mode: missing translations are shown in the source language, marked, and listed as warnings. */
  draft?: boolean;
}

export async function loadCourse(root: string, options: LoadOptions = {}): Promise<LoadResult> {
  const absRoot = resolve(root);
  const courseArg = options.courseArg ?? displayPath(absRoot);
  const file = await readYamlFile(absRoot, 'course.yaml');
  if (!file) return { ok: false, errors: [contentError('CourseFileMissing', { root: courseArg }, wholeFile('course.yaml'))], warnings: [] };

  const problems: ContentError[] = [...file.errors];
  const schema = file.data === undefined ? undefined : checkSchema(CourseSchema, file, 'course');
  if (!isRecord(file.data)) {
    // Without the fields of course.yaml there are no locales or modules to judge the other files
    // by: every further problem would follow from this one (every translation a stray locale).
    return { ok: false, errors: [...problems, ...(schema?.errors ?? [])], warnings: [] };
  }
  const raw = file.data;
  const sourceLocale = LocaleSchema.safeParse(raw.sourceLocale ?? 'en').data ?? 'en';
  const allLocales = Array.isArray(raw.locales) ? raw.locales.filter((l): l is Locale => LocaleSchema.safeParse(l).success) : [sourceLocale];
  const competenceIds = Array.isArray(raw.competences) ? raw.competences.map((c) => (c as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string') : undefined;
  // With a competence id used twice or malformed, an objective naming the one that was meant is not a second mistake.
  const competences = competenceIds && unsettledLists({ competences: raw.competences }).length === 0 ? competenceIds : undefined;

  // A mistyped locale is reported alone; neither it nor the locale meant is judged until it is fixed.
  const listedModules = Array.isArray(raw.modules) ? raw.modules.filter((m): m is string => typeof m === 'string') : [];
  const mistyped = await findMistypedLocales(absRoot, { locales: allLocales, sourceLocale, modules: listedModules });
  for (const typo of mistyped) {
    problems.push(contentError('LocaleMistyped', typo, file.locate(['locales', (raw.locales as unknown[]).indexOf(typo.locale)])));
  }
  const declared = allLocales.filter((l) => !mistyped.some((m) => m.locale === l));
  const locales = options.locales ? declared.filter((l) => l === sourceLocale || options.locales!.includes(l)) : declared;

  if (schema) {
    problems.push(...schema.errors);
    if (Object.keys(raw).length > 0) problems.push(...checkUniqueIds(file, 'course'));
    if (Array.isArray(raw.locales) && !locales.includes(sourceLocale)) {
      problems.push(contentError('SourceLocaleNotListed', { source: sourceLocale, locales: raw.locales.map(String) }, file.locate(['locales'])));
    }
    if (!schema.issuePaths.some((p) => p[0] === 'baseIri')) problems.push(...checkBaseIri(file));
  }
  const cover = typeof raw.cover === 'string' && raw.cover.trim() !== '' ? await checkCover(absRoot, raw.cover.trim(), file.locate(['cover'])) : undefined;
  problems.push(...(cover?.errors ?? []));
  const theme = raw.theme === undefined ? undefined : await checkTheme(absRoot, raw.theme, (path) => file.locate(path));
  problems.push(...(theme?.errors ?? []));

  // Course-level translations.
  const courseSource = listTexts(courseTexts, file.data);
  problems.push(...checkLabels(file, courseSource, 'course'));
  const courseTranslations = new Map<string, Map<string, TextValue>>();
  for (const locale of locales) {
    if (locale === sourceLocale) continue;
    const fileName = `i18n/${locale}.yaml`;
    const translation = await readYamlFile(absRoot, fileName, { failsafe: true });
    const checked = checkTranslation({ locale, fileName, file: translation, source: courseSource, skip: [], unsettled: unsettledLists(raw), courseArg, draft: options.draft === true });
    problems.push(...checked.errors);
    courseTranslations.set(locale, checked.texts);
  }
  // Every declared locale's files belong to the course, whether or not this build checks them.
  problems.push(...(await strayTranslationFiles(absRoot, '.', sourceLocale, declared)).map(stripDotSlash));

  // Modules: the ones course.yaml lists, in order; folders it does not list only get a warning.
  const folders = await moduleFolders(absRoot);
  // A module listed twice is a DuplicateId; loading it once keeps its own problems from doubling.
  const listed = Array.isArray(raw.modules) ? [...new Set(raw.modules.filter((m): m is string => typeof m === 'string'))] : folders;
  const loaded: { id: string; result: LoadedModule }[] = [];
  // A malformed module id is its InvalidId alone: no advice may name a folder or a module by it.
  const wellFormed = listed.filter((id) => IdSchema.safeParse(id).success);
  for (const id of listed) {
    if (!folders.includes(id)) {
      if (!wellFormed.includes(id)) continue;
      const at = file.locate(['modules', Array.isArray(raw.modules) ? raw.modules.indexOf(id) : 0]);
      problems.push(contentError('ModuleFolderMissing', { module: id, folders: folders.filter((f) => !listed.includes(f)) }, at));
      continue;
    }
    const result = await loadModule({ root: absRoot, folder: id, sourceLocale, locales, declaredLocales: declared, competences, modules: wellFormed, courseArg, draft: options.draft === true });
    problems.push(...result.errors);
    loaded.push({ id, result });
  }
  for (const folder of folders) {
    if (!listed.includes(folder)) problems.push(contentError('ModuleNotListed', { module: folder }, wholeFile(`modules/${folder}/module.yaml`)));
  }
  // The cast registry gives every person in the dialogues one face across the modules.
  const cast = await checkCast({ root: absRoot, locales, modules: loaded.map(({ id, result }) => ({ id, module: result.module })) });
  problems.push(...cast.errors);
  const templates = await loadTemplates({ root: absRoot, sourceLocale, locales, pageLinks: loaded.flatMap(({ result }) => result.templateLinks) });
  problems.push(...templates.errors);
  // A malformed `finalAssessment` is one problem (the schema's), not a second one about what it names.
  if (schema && !schema.issuePaths.some((p) => p[0] === 'finalAssessment') && loaded.length === listed.length) {
    problems.push(...checkFinalAssessment(file, loaded.map(({ id, result }) => ({ id, module: result.module }))));
  }

  // A mistyped locale makes every file of the locale that was meant look stray: the typo is the one problem.
  const localesSettled = !Array.isArray(raw.locales) || raw.locales.every((l) => LocaleSchema.safeParse(l).success);
  const meant = (p: ContentError): boolean => mistyped.some((m) => p.file.endsWith(`/${m.meant}.yaml`) || p.file === `i18n/${m.meant}.yaml` || p.file.endsWith(`.${m.meant}.md`));
  // With --locale, the files of the course's other languages are the course's, only not checked now.
  const unchecked = declared.filter((l) => !locales.includes(l));
  const ofUnchecked = (p: ContentError): boolean => p.name === 'LocaleNotInCourse' && unchecked.some((l) => p.file.endsWith(`/${l}.yaml`) || p.file === `i18n/${l}.yaml` || p.file.endsWith(`.${l}.md`));
  const reported = (localesSettled ? problems.filter((p) => !(p.name === 'LocaleNotInCourse' && meant(p))) : problems.filter((p) => p.name !== 'LocaleNotInCourse')).filter((p) => !ofUnchecked(p));
  const errors = reported.filter((p) => !isWarning(p)).sort(byPosition);
  const warnings = reported.filter(isWarning).sort(byPosition);
  // With --locale, the course is the one those languages make: the others are neither checked nor built.
  const source = schema?.value && options.locales ? { ...schema.value, locales: schema.value.locales.filter((l) => locales.includes(l)) } : schema?.value;
  if (errors.length > 0 || !source) return { ok: false, errors, warnings };

  const parts: CourseParts = {
    course: source,
    courseTexts: courseTranslations,
    modules: loaded.map(({ result }) => ({ module: result.module!, texts: result.texts, html: result.html })),
  };
  const data: Partial<Record<Locale, CourseData>> = {};
  const facilitator: LoadedCourse['facilitator'] = {};
  const printables: LoadedCourse['templates'] = {};
  for (const locale of source.locales) {
    data[locale] = withCastLooks(buildCourseData(parts, locale), parts.modules.map((m) => m.module), cast.registry, locale);
    facilitator[locale] = buildFacilitatorNotes(parts, locale);
    printables[locale] = printableTemplates(templates, locale, source.modules);
  }
  const media = loaded.flatMap(({ id, result }) =>
    [...result.media].sort().map((m) => ({ source: join(absRoot, 'modules', id, 'media', m), target: `media/${id}/${m}` })),
  );
  // Module cards are course pictures like the cover: shipped once each, however many modules share one.
  const pictures = [...(cover?.media ? [cover.media] : []), ...loaded.flatMap(({ result }) => (result.card ? [result.card] : []))];
  media.unshift(...pictures.filter((p, i) => pictures.findIndex((q) => q.target === p.target) === i));
  media.unshift(...(theme?.media ?? []));
  return { ok: true, course: { root: absRoot, source, data, facilitator, media, ...(theme?.theme ? { theme: theme.theme } : {}), templates: printables, warnings } };
}

/** Module folders that hold a module.yaml. */
async function moduleFolders(root: string): Promise<string[]> {
  const folders: string[] = [];
  for (const name of await listNames(join(root, 'modules'), 'dir')) {
    try {
      await access(join(root, 'modules', name, 'module.yaml'));
      folders.push(name);
    } catch {
      // A folder without module.yaml is not a module (yet); a listed one is reported as missing.
    }
  }
  return folders;
}

function displayPath(absRoot: string): string {
  const rel = relative(process.cwd(), absRoot);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? absRoot : rel;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const stripDotSlash = (e: ContentError): ContentError => ({ ...e, file: e.file.replace(/^\.\//, '') });
