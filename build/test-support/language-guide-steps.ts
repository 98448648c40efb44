/**
 * The steps of docs/content-guide.md, "Adding a language", done literally by a program, for the
 * test that proves the guide works (build/add-language.test.ts). The "translator" pastes the
 * English text as the translation: a placeholder, as an author does to build before the
 * translation is back. Each function is one numbered step of the guide; keep them in step.
 */
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { translationWorksheet } from '../i18n-extract.ts';

/** Step 1: add the locale to `locales` in course.yaml. */
export async function addToCourseYaml(course: string, locale: string): Promise<void> {
  const file = path.join(course, 'course.yaml');
  const doc = parseDocument(await readFile(file, 'utf8'));
  const locales = doc.get('locales') as { add(value: string): void };
  locales.add(locale);
  await writeFile(file, doc.toString());
}

/**
 * Step 2: run the worksheet (`npx tsx build/i18n-extract.ts <course> <locale>`), fill in every
 * value, and save each part as the file its header names. Filled here with the English comment
 * above each key, as the guide allows for a first build.
 */
export async function translateWorksheet(course: string, locale: string): Promise<void> {
  const sheet = await translationWorksheet(course, locale);
  for (const part of sheet.split('\n---\n').slice(1)) {
    const [header = '', ...lines] = part.split('\n');
    const file = /^# (\S+\.yaml): save this as the file\.$/.exec(header)?.[1];
    if (!file) throw new Error(`The worksheet part does not name a new file: ${header}`);
    await writeFile(path.join(course, file), fillWithEnglish(lines).join('\n') + '\n');
  }
}

/** Each empty `key:` gets the English of the comment lines above it (a list for `key: []`). */
function fillWithEnglish(lines: readonly string[]): string[] {
  const out: string[] = [];
  let english: string[] = [];
  for (const line of lines) {
    const comment = /^(\s*)# ?(.*)$/.exec(line);
    if (comment) {
      if (!/^\(at most \d+ characters\)$/.test(comment[2]!)) english.push(comment[2]!);
      continue;
    }
    const key = /^(\s*[^\s:#][^:]*):( \[\])?$/.exec(line);
    if (key && english.length > 0) {
      const value = key[2] ? english.map((item) => item.replace(/^- /, '')) : english.join('\n');
      out.push(`${key[1]}: ${JSON.stringify(value)}`);
    } else out.push(line);
    english = [];
  }
  return out;
}

/**
 * Step 3: translate every page the worksheet lists, and every printable template in templates/
 * (`<id>.md` → `<id>.<locale>.md`): here a copy of the English.
 */
export async function translatePages(course: string, locale: string): Promise<void> {
  const sheet = await translationWorksheet(course, locale);
  for (const [, source, target] of sheet.matchAll(/^#\s+(\S+\.md)\s+→\s+(\S+\.md)$/gm)) {
    await cp(path.join(course, source!), path.join(course, target!));
  }
  const templates = path.join(course, 'templates');
  for (const name of await readdir(templates).catch(() => [])) {
    const id = /^([a-z0-9-]+)\.md$/.exec(name)?.[1];
    if (id) await cp(path.join(templates, name), path.join(templates, `${id}.${locale}.md`));
  }
}

/** Step 4: one `alt` sentence in the locale for every person in cast.yaml (here: the English one). */
export async function translateCastAlt(course: string, locale: string): Promise<void> {
  const file = path.join(course, 'cast.yaml');
  const doc = parseDocument(await readFile(file, 'utf8'));
  for (const name of Object.keys(doc.toJS() as object)) {
    const english = doc.getIn([name, 'alt', 'en']);
    if (typeof english === 'string') doc.setIn([name, 'alt', locale], english);
  }
  await writeFile(file, doc.toString());
}

/** Step 5: copy locales/en/ to locales/<locale>/ (interface text), unless the language has a folder. */
export async function copyInterfaceText(localesDir: string, locale: string): Promise<void> {
  await cp(path.join(localesDir, 'en'), path.join(localesDir, locale), { recursive: true, errorOnExist: true, force: false });
}

