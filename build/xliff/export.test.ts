import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xliff2js, type XliffGroup, type XliffUnit } from 'xliff';
import { parse } from 'yaml';
import { removeTempCourses } from '../load/test-support/tiny-course.ts';
import { extractCourseTexts, extractTexts } from '../load/translatable.ts';
import { exportXliff } from './export-xliff.ts';
import { REAL_COURSE, writeBilingualCourse } from './test-support/course-copy.ts';

const out = await mkdtemp(join(tmpdir(), 'wm-xliff-out-'));
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
  await removeTempCourses();
});

/** Units of an XLIFF <file>, groups flattened. */
function unitsOf(entries: Record<string, XliffUnit | XliffGroup>): Map<string, XliffUnit> {
  const units = new Map<string, XliffUnit>();
  for (const [id, entry] of Object.entries(entries)) {
    if ('groupUnits' in entry) for (const [inner, unit] of unitsOf(entry.groupUnits)) units.set(inner, unit);
    else units.set(id, entry);
  }
  return units;
}

/** The nl YAML flattened the simple way (nested maps and lists), independent of the loader's reader. */
function flatten(value: unknown, prefix = '', into = new Map<string, unknown>()): Map<string, unknown> {
  if (value && typeof value === 'object' && !(Array.isArray(value) && prefix.endsWith('accept'))) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, into);
  } else into.set(prefix, value);
  return into;
}

describe('xliff export of the real course', () => {
  let xml: string;
  let resources: Record<string, Record<string, XliffUnit | XliffGroup>>;
  let course: { modules: string[] };

  beforeAll(async () => {
    course = parse(await readFile(join(REAL_COURSE, 'course.yaml'), 'utf8')) as { modules: string[] };
    const result = await exportXliff({ course: REAL_COURSE, locale: 'nl', out: join(out, 'nl.xlf') });
    xml = await readFile(result.file, 'utf8');
    resources = (await xliff2js(xml)).resources;
  });

  it('has a <file> for the course and for each module, in course order', () => {
    expect(Object.keys(resources)).toEqual(['course', ...course.modules.map((m) => `module.${m}`)]);
  });

  it('has a unit for every translatable text, keyed like the i18n files, with the Dutch text as target', async () => {
    const check = async (fileId: string, texts: Map<string, string | string[]>, yamlFile: string): Promise<void> => {
      const units = unitsOf(resources[fileId]!);
      const dutch = flatten(parse(await readFile(join(REAL_COURSE, yamlFile), 'utf8')));
      for (const [key, english] of texts) {
        const unit = units.get(key);
        expect(unit, `${fileId} ${key}`).toBeDefined();
        expect(unit!.source).toBe(Array.isArray(english) ? english.join('\n') : english.trim());
        const target = dutch.get(key);
        expect(unit!.target, `${fileId} ${key}`).toBe(Array.isArray(target) ? target.join('\n') : String(target).trim());
      }
    };
    await check('course', extractCourseTexts(parse(await readFile(join(REAL_COURSE, 'course.yaml'), 'utf8'))), 'i18n/nl.yaml');
    for (const id of course.modules) {
      const module = parse(await readFile(join(REAL_COURSE, `modules/${id}/module.yaml`), 'utf8'));
      await check(`module.${id}`, extractTexts(module), `modules/${id}/i18n/nl.yaml`);
    }
  });

  it('has one unit per page, the whole Markdown file, and says it is Markdown', async () => {
    const units = unitsOf(resources['module.communicating']!);
    const page = units.get('pages.listening')!;
    expect(page.source).toBe((await readFile(join(REAL_COURSE, 'modules/communicating/pages/listening.md'), 'utf8')).trim());
    expect(page.target).toBe((await readFile(join(REAL_COURSE, 'modules/communicating/pages/listening.nl.md'), 'utf8')).trim());
    expect(page.note).toContain('Markdown. Translate the text, link texts and image alt text; keep headings (#), lists, tables, link targets and image paths as they are.');
    expect(page.additionalAttributes).toEqual({ 'xml:space': 'preserve' });
    expect(unitsOf(resources.course!).get('templates.training-plan')?.target).toMatch(/^# /);
  });

  it('tells the translator who speaks a line, whose choice it is, and the length limit', () => {
    const units = unitsOf(resources['module.communicating']!);
    expect(units.get('activities.quiet-week.nodes.start.lines.0')!.note).toEqual([
      'Module "communicating": Communicating with the learner and the school',
      'Activity "quiet-week" (dialogue): A quiet week at the station shop',
      'Dialogue line at "start". Speaker: Katrien (apprentice).',
    ]);
    const choice = units.get('activities.quiet-week.nodes.start.choices.open-check-in.text')!;
    expect(choice.note).toContain('A choice at "start": what the learner says, as Eva (mentor).');
    expect(choice.note).toContain('At most 200 characters (the build refuses a longer text).');
    expect(choice.additionalAttributes).toEqual({ sizeRestriction: 200 });
  });

  it('groups the texts of each activity and marks translated segments', () => {
    expect(xml).toContain('<group id="activity.quiet-week">');
    expect(xml).not.toContain('state="initial"');
    expect(xml.match(/<segment state="translated">/g)?.length).toBe(xml.match(/<segment/g)?.length);
  });
});

describe('xliff export of an untranslated text', () => {
  it('leaves the target empty and the segment initial', async () => {
    const root = await writeBilingualCourse({ 'modules/m/i18n/nl.yaml': 'title: Een module\n', 'modules/m/pages/intro.nl.md': null });
    const { file } = await exportXliff({ course: root, locale: 'nl', out: join(out, 'partial.xlf') });
    const text = await readFile(file, 'utf8');
    const units = unitsOf((await xliff2js(text)).resources['module.m']!);
    expect(units.get('title')?.target).toBe('Een module');
    expect(units.get('summary')?.target).toBe('');
    expect(units.get('pages.intro')?.target).toBe('');
    expect(text).toMatch(/<segment state="initial">\s*<source>For tests.<\/source>\s*<target\/>/);
  });

  it('exports one module alone with --module', async () => {
    const root = await writeBilingualCourse();
    const { file, units } = await exportXliff({ course: root, locale: 'nl', module: 'm', out: join(out, 'm.xlf') });
    expect(Object.keys((await xliff2js(await readFile(file, 'utf8'))).resources)).toEqual(['module.m']);
    expect(units).toBe(10);
  });
});
