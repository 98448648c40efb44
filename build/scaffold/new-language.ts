/**
 * `workmentor new language LOCALE`: adds the locale to course.yaml's `locales` and creates every
 * translation the build asks for: i18n/LOCALE.yaml for the course and each module (the English
 * copied in, each text marked `# TODO translate`), a copy of each page and printable template as
 * `<name>.LOCALE.md` (marked by a `<!-- TODO translate … -->` line), and an `alt` in cast.yaml for each person. The course builds at once, in
 * English under the new locale, until the translator has done their work.
 *
 * Course content only. The player's own words (buttons, labels) live in locales/<lng>/ in code;
 * when that is missing the command says what to do rather than writing code.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { LocaleSchema } from '../../course/schema/ids.ts';
import { courseTexts, moduleTexts } from '../load/translatable.ts';
import { modelineFor } from '../schemas/modeline.ts';
import { readCourseInfo } from './course-info.ts';
import { exists, FilePlan, ScaffoldError } from './file-plan.ts';
import { translationHeader } from './new-module.ts';
import { markedCopy, prefilledYaml, TODO_MARKER } from './translation-prefill.ts';
import { insertInList, insertInMap } from './yaml-insert.ts';

export interface NewLanguage {
  plan: FilePlan;
  /** What the author still has to do, to print after writing. */
  notes: string[];
}

const TOOL_ROOT = join(import.meta.dirname, '../..');

export async function planNewLanguage(courseRoot: string, rawLocale: string | undefined): Promise<NewLanguage> {
  if (!rawLocale) throw new ScaffoldError('Give the language tag, for example: workmentor new language de');
  const checked = LocaleSchema.safeParse(rawLocale);
  if (!checked.success) {
    throw new ScaffoldError(`"${rawLocale}" cannot be a course locale: it ${checked.error.issues.map((i) => i.message).join(' and ')}. Nothing was written.`);
  }
  const locale = rawLocale;
  const info = await readCourseInfo(courseRoot);
  if (info.locales.includes(locale)) throw new ScaffoldError(`The course already has "${locale}" in \`locales\`; nothing was written.`);
  const plan = new FilePlan(courseRoot);
  await plan.edit(join(courseRoot, 'course.yaml'), (text) => insertInList(text, 'course.yaml', ['locales'], locale));

  const courseFile = join(courseRoot, 'i18n', `${locale}.yaml`);
  await plan.create(courseFile, `${modelineFor(courseFile, 'course-translation')}\n${translationHeader(locale)}${prefilledYaml(courseTexts, parse(info.courseText))}`);
  const pages: string[] = [];
  for (const id of info.modules) {
    const dir = join(courseRoot, 'modules', id);
    if (!(await exists(join(dir, 'module.yaml')))) continue;
    const module = parse(await readFile(join(dir, 'module.yaml'), 'utf8')) as { activities?: { id?: unknown; type?: unknown }[] };
    const file = join(dir, 'i18n', `${locale}.yaml`);
    await plan.create(file, `${modelineFor(file, 'module-translation')}\n${translationHeader(locale)}${prefilledYaml(moduleTexts, module)}`);
    for (const activity of module.activities ?? []) {
      if (activity?.type !== 'page' || typeof activity.id !== 'string') continue;
      const page = join(dir, 'pages', `${activity.id}.md`);
      if (!(await exists(page))) continue;
      await plan.create(join(dir, 'pages', `${activity.id}.${locale}.md`), markedCopy(await readFile(page, 'utf8'), 'page'));
      pages.push(`modules/${id}/pages/${activity.id}.${locale}.md`);
    }
  }
  for (const name of await templateNames(courseRoot)) {
    await plan.create(join(courseRoot, 'templates', `${name}.${locale}.md`), markedCopy(await readFile(join(courseRoot, 'templates', `${name}.md`), 'utf8'), 'template'));
    pages.push(`templates/${name}.${locale}.md`);
  }
  await addCastAlts(plan, courseRoot, info.sourceLocale, locale);

  const notes = [`Translate every text marked "${TODO_MARKER}" in the i18n/${locale}.yaml files.`];
  if (pages.length > 0) {
    notes.push(
      `Translate these copies of the English pages and templates, and delete the "TODO translate" line in each (until then they count as untranslated):\n    ${pages.join('\n    ')}`,
    );
  }
  if (!(await interfaceLocaleExists(locale))) {
    notes.push(
      `The player's own words (buttons, labels, messages) have no "${locale}" translation: there is no locales/${locale}/ in the toolkit. ` +
        `That is code, not course content, so this command does not create it: ask a developer to add locales/${locale}/ ` +
        `(copy locales/en/ and translate it) before the course ships in "${locale}".`,
    );
  }
  return { plan, notes };
}

/** Printable templates by id: templates/<id>.md without a locale suffix. */
async function templateNames(root: string): Promise<string[]> {
  const dir = join(root, 'templates');
  if (!(await exists(dir))) return [];
  return (await readdir(dir)).filter((f) => /^[^.]+\.md$/.test(f)).map((f) => f.slice(0, -3)).sort();
}

/** Every person in cast.yaml needs an `alt` sentence in every course language (CastAltMissing otherwise). */
async function addCastAlts(plan: FilePlan, root: string, source: string, locale: string): Promise<void> {
  const file = join(root, 'cast.yaml');
  if (!(await exists(file))) return;
  const cast = (parse(await readFile(file, 'utf8')) ?? {}) as Record<string, { alt?: Record<string, unknown> } | null>;
  for (const [name, person] of Object.entries(cast)) {
    const alt = person?.alt?.[source];
    if (typeof alt !== 'string' || person?.alt?.[locale] !== undefined) continue;
    // A one-line value: the marker comment must end the line the text is on.
    const value = `${locale}: ${alt.includes("\n") ? JSON.stringify(alt) : stringify(alt, { lineWidth: 0 }).trimEnd()} ${TODO_MARKER}`;
    await plan.edit(file, (text) => insertInMap(text, 'cast.yaml', [name, 'alt'], locale, value));
  }
}

async function interfaceLocaleExists(locale: string): Promise<boolean> {
  const language = locale.split('-')[0]!;
  return (await exists(join(TOOL_ROOT, 'locales', locale))) || (await exists(join(TOOL_ROOT, 'locales', language)));
}
