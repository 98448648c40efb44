/**
 * Loads and checks one module folder: module.yaml against the schema and the cross-field rules,
 * its translations, its pages and its media. Keeps going after a problem so one run reports
 * everything: parts that fail the schema are skipped by the rules that need them valid.
 */
import { join } from 'node:path';
import { IdSchema } from '../../course/schema/ids.ts';
import { ModuleSchema, type Module } from '../../course/schema/module.ts';
import { contentError, wholeFile, type ContentError } from '../errors/content-error.ts';
import { closest } from '../errors/did-you-mean.ts';
import { linkedOutside } from './authored-text.ts';
import { checkFeedbackExercise, checkQuiz } from './check-activities.ts';
import { checkCard } from './check-cover.ts';
import { checkFacilitator } from './check-facilitator.ts';
import { checkDialogue } from './check-dialogue.ts';
import { checkQuizModules, type CourseIds } from './check-quiz-modules.ts';
import { checkMedia } from './check-media.ts';
import { checkPages } from './check-pages.ts';
import { referenceView, type ActivityRefs } from './reference-view.ts';
import { checkTranslation } from './check-translations.ts';
import { listFilesDeep, listNames, localeOfYaml } from './course-folder.ts';
import { checkLabels } from './check-labels.ts';
import { checkSchema } from './schema-issues.ts';
import type { TemplateLink } from './template-links.ts';
import { listTexts, moduleTexts, type TextValue } from './translatable.ts';
import { checkUniqueIds, unsettledLists } from './unique-ids.ts';
import type { MediaFile } from './load-course.ts';
import { readYamlFile, type YamlFile } from './yaml-file.ts';

export interface ModuleContext {
  root: string;
  /** The folder name under modules/. */
  folder: string;
  sourceLocale: string;
  locales: readonly string[];
  /** Draft mode (check-translations.ts): missing translations shown in the source language. */
  draft?: boolean;
  /** Every locale course.yaml declares, when `locales` is narrowed (`--locale`): their files are not strays. */
  declaredLocales?: readonly string[];
  /** Competence ids from course.yaml; undefined when course.yaml could not be read. */
  competences: readonly string[] | undefined;
  /** Module ids listed in course.yaml (quiz items name them); undefined when course.yaml could not be read. */
  modules?: readonly string[] | undefined;
  courseArg: string;
}

export interface LoadedModule {
  errors: ContentError[];
  /** The parsed module when module.yaml is valid. */
  module?: Module;
  /** Translations by locale (the source locale has none). */
  texts: Map<string, Map<string, TextValue>>;
  /** Compiled page HTML by page id, then locale. */
  html: Map<string, Map<string, string>>;
  /** Media files (relative to the module's media/ folder) the pages use. */
  media: Set<string>;
  /** `template:` links in the pages, checked by the course loader against the course's templates. */
  templateLinks: TemplateLink[];
  /** The module's card art (`card:`), checked, to ship from the course's media/ folder. */
  card?: MediaFile;
}

export async function loadModule(ctx: ModuleContext): Promise<LoadedModule> {
  const dir = `modules/${ctx.folder}`;
  const result: LoadedModule = { errors: [], texts: new Map(), html: new Map(), media: new Set(), templateLinks: [] };
  // A module folder that is a link out of the course is one problem, not one per file in it.
  const outside = await linkedOutside(ctx.root, dir);
  if (outside) return { ...result, errors: [outside] };
  const file = await readYamlFile(ctx.root, `${dir}/module.yaml`);
  const translationFiles = await readTranslationFiles(ctx, dir);
  if (!file) return result;
  result.errors.push(...file.errors, ...(await strayTranslationFiles(ctx.root, dir, ctx.sourceLocale, ctx.declaredLocales ?? ctx.locales)));
  if (file.data === undefined) {
    for (const t of translationFiles.values()) if (t) result.errors.push(...t.errors);
    return result;
  }

  const schema = checkSchema(ModuleSchema, file, 'module');
  result.errors.push(...schema.errors);
  if (schema.issuePaths.some((p) => p.length === 0)) return result;
  result.errors.push(...checkUniqueIds(file, 'module'), ...moduleRules(file, ctx), ...checkFacilitator(file, schema.issuePaths));
  if (schema.value) result.module = schema.value;
  const card = file.data !== null && typeof file.data === 'object' ? (file.data as Record<string, unknown>).card : undefined;
  if (typeof card === 'string' && card.trim() !== '') {
    const checked = await checkCard(ctx.root, card.trim(), ctx.folder, file.locate(['card']));
    result.errors.push(...checked.errors);
    if (checked.media) result.card = checked.media;
  }

  // The translation keys of an activity that fails the schema are not judged until it is fixed.
  const raw = file.data as { activities?: unknown[] };
  const activities = Array.isArray(raw.activities) ? raw.activities : [];
  const broken = new Set(schema.issuePaths.filter((p) => p[0] === 'activities' && typeof p[1] === 'number').map((p) => p[1] as number));
  const skip: string[] = [];
  activities.forEach((rawActivity, i) => {
    const id = (rawActivity as { id?: unknown } | null)?.id;
    if (broken.has(i) && typeof id === 'string') skip.push(`activities.${id}`);
    // A broken activity's references are still judged where they are well-formed: one build shows both errors.
    const refs = referenceView(rawActivity);
    if (refs) result.errors.push(...activityRules(refs, ['activities', i], file, { modules: ctx.modules, competences: ctx.competences }));
  });

  const source = listTexts(moduleTexts, file.data);
  const unsettled = unsettledLists(file.data);
  result.errors.push(...checkLabels(file, source, 'module'));
  for (const locale of ctx.locales) {
    if (locale === ctx.sourceLocale) continue;
    const fileName = `${dir}/i18n/${locale}.yaml`;
    const checked = checkTranslation({ locale, fileName, file: translationFiles.get(locale), source, skip, unsettled, courseArg: ctx.courseArg, draft: ctx.draft === true });
    result.errors.push(...checked.errors);
    result.texts.set(locale, checked.texts);
  }

  const mediaFiles = await listFilesDeep(join(ctx.root, dir, 'media'));
  const badIds = new Set(schema.issuePaths.filter((p) => p[0] === 'activities' && typeof p[1] === 'number' && p[2] === 'id').map((p) => p[1] as number));
  const pages = activities.flatMap((a, index) => {
    const activity = a as { id?: unknown; type?: unknown } | null;
    return activity?.type === 'page' && typeof activity.id === 'string' ? [{ id: activity.id, index, badId: badIds.has(index) }] : [];
  });
  const checked = await checkPages({ root: ctx.root, moduleId: ctx.folder, moduleFile: file, pages, sourceLocale: ctx.sourceLocale, locales: ctx.locales, mediaFiles, draft: ctx.draft === true });
  result.errors.push(...checked.errors);
  result.html = checked.html;
  result.media = checked.usedMedia;
  result.templateLinks = checked.templateLinks;
  for (const media of [...checked.usedMedia].sort()) result.errors.push(...(await checkMedia(ctx.root, `${dir}/media/${media}`)));
  for (const media of mediaFiles) {
    if (checked.usedMedia.has(media) || !checked.settled) continue;
    result.errors.push(
      contentError('FileUnused', { reason: 'no page of this module shows it', fix: `show it on a page with ![what it shows](media/${media}), or delete it.` }, wholeFile(`${dir}/media/${media}`)),
    );
  }
  return result;
}

/** Reads `i18n/<locale>.yaml` for the course's locales and reports files for any other locale. */
async function readTranslationFiles(ctx: ModuleContext, dir: string): Promise<Map<string, YamlFile | undefined>> {
  const files = new Map<string, YamlFile | undefined>();
  for (const locale of ctx.locales) {
    if (locale !== ctx.sourceLocale) files.set(locale, await readYamlFile(ctx.root, `${dir}/i18n/${locale}.yaml`, { failsafe: true }));
  }
  return files;
}

/** Files in an i18n/ folder that no locale reads: unknown locales and the source locale. */
export async function strayTranslationFiles(root: string, dir: string, sourceLocale: string, locales: readonly string[]): Promise<ContentError[]> {
  const errors: ContentError[] = [];
  for (const name of await listNames(join(root, dir, 'i18n'), 'file')) {
    const locale = localeOfYaml(name);
    const file = `${dir}/i18n/${name}`;
    if (locale === sourceLocale) {
      errors.push(
        contentError(
          'FileUnused',
          { reason: `${sourceLocale} is the source locale, whose text is read from the YAML files themselves`, fix: 'move any changes into the source YAML and delete this file.' },
          wholeFile(file),
        ),
      );
    } else if (locale && !locales.includes(locale)) {
      errors.push(contentError('LocaleNotInCourse', { locale, locales: [...locales] }, wholeFile(file)));
    }
  }
  return errors;
}

function moduleRules(file: YamlFile, ctx: ModuleContext): ContentError[] {
  const errors: ContentError[] = [];
  const raw = file.data as { id?: unknown; objectives?: unknown };
  // In a folder whose name is not a valid id (course.yaml's InvalidId), "set the id to the folder name" would be wrong advice.
  if (typeof raw.id === 'string' && raw.id !== ctx.folder && IdSchema.safeParse(ctx.folder).success) {
    errors.push(contentError('ModuleIdMismatch', { id: raw.id, folder: ctx.folder }, file.locate(['id'])));
  }
  const known = ctx.competences;
  if (!known || !Array.isArray(raw.objectives)) return errors;
  raw.objectives.forEach((objective: { id?: unknown; competences?: unknown } | null, i) => {
    if (!Array.isArray(objective?.competences)) return;
    objective.competences.forEach((competence: unknown, k) => {
      if (typeof competence !== 'string' || known.includes(competence)) return;
      const suggestion = closest(competence, known);
      errors.push(
        contentError(
          'UnknownCompetence',
          { competence, objective: String(objective.id ?? i + 1), known: [...known], ...(suggestion ? { suggestion } : {}) },
          file.locate(['objectives', i, 'competences', k]),
        ),
      );
    });
  });
  return errors;
}

function activityRules(activity: ActivityRefs, at: PropertyKey[], file: YamlFile, course: CourseIds): ContentError[] {
  switch (activity.type) {
    case 'dialogue':
      return checkDialogue(activity, at, file);
    case 'quiz':
      return [...checkQuiz(activity, at, file), ...checkQuizModules(activity, at, file, course)];
    case 'feedback-exercise':
      return checkFeedbackExercise(activity, at, file);
  }
}
