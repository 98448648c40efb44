/**
 * Hostile content, one mutation per row: a copy of the fixture course with one file broken in
 * one way (wrong types, missing files, unknown keys, huge values, control characters, broken
 * references, bad encodings, links out of the course folder, scripted media, `$` patterns), run
 * through the real build into an out folder that already holds a sentinel file. Every row must
 * end in exactly the catalogued problems listed, root cause first and nothing that only follows
 * from it, each with what/why/fix and no stack trace, and the out folder exactly as it was.
 * Rows run the guide build (load, render, write: no bundling) unless the packaging step is what
 * they test, so the whole table stays fast.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLaunchConfig } from '../../components/src/app/read-launch-config.ts';
import { BuildFailure } from '../build-failure.ts';
import { resolveConfig } from '../config.ts';
import type { BuildContext } from '../context.ts';
import { formatErrors } from '../errors/format-errors.ts';
import { guideSteps, runBuild } from '../pipeline.ts';
import { pins } from './test-support/tiny-course.ts';

const FIXTURE = join(import.meta.dirname, '../../tests/fixtures/course');
const MODULE = 'modules/first-weeks/module.yaml';
/** Lines of the fixture's course.yaml: what is appended to it starts on the next one. */
const FIXTURE_COURSE_LINES = readFileSync(join(FIXTURE, 'course.yaml'), 'utf8').trimEnd().split('\n').length;
const PAGE = 'modules/first-weeks/pages/welcome.md';
const SVG = 'modules/first-weeks/media/bakery-floor.svg';
const NL = 'modules/first-weeks/i18n/nl.yaml';
const SENTINEL = 'sentinel.txt';

/** One change to the copied course; `outside` is a folder next to (not inside) the course. */
type Change = (course: { root: string; outside: string }) => Promise<void>;

interface Row {
  mutation: string;
  change: Change;
  /** `name file[:line:col]` of every error, in the order the build reports them. */
  errors?: string[];
  /** The build succeeds; these are its warnings. */
  warnings?: string[];
  /** Run the whole build (web package) because packaging is what the row tests. */
  full?: (ctx: BuildContext) => void;
}

const edit =
  (file: string, change: (text: string) => string): Change =>
  async ({ root }) => {
    const text = await readFile(join(root, file), 'utf8');
    const next = change(text);
    if (next === text) throw new Error(`mutation of ${file} changed nothing`);
    await writeFile(join(root, file), next);
  };
// A function replacement, or `$&` and friends in `to` would be read as patterns (the bug this table guards against).
const replace = (file: string, from: string, to: string): Change => edit(file, (t) => t.replace(from, () => to));
const write = (file: string, content: string | Buffer): Change => async ({ root }) => writeFile(join(root, file), content);
const remove = (file: string): Change => async ({ root }) => rm(join(root, file), { recursive: true });
const folderAt = (file: string): Change => async ({ root }) => {
  await rm(join(root, file));
  await mkdir(join(root, file));
};
const linkTo = (file: string, target: (c: { root: string; outside: string }) => string): Change => async (c) => {
  await rm(join(c.root, file), { recursive: true, force: true });
  await symlink(target(c), join(c.root, file));
};
const both = (...changes: Change[]): Change => async (c) => {
  for (const change of changes) await change(c);
};
const utf16 = (file: string, endian: 'le' | 'be'): Change => async ({ root }) => {
  const le = Buffer.from(await readFile(join(root, file), 'utf8'), 'utf16le');
  const bytes = endian === 'le' ? le : Buffer.from(le.map((_, i) => le[i ^ 1]!));
  await writeFile(join(root, file), Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), bytes]));
};

const BOMB = ['a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]', ''].join('\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);
const DRAWING = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">\n  <rect width="10" height="10"/>\n</svg>\n';
const svgWith = (inner: string, attrs = ''): string => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"${attrs}>\n  <rect width="10" height="10"/>\n  ${inner}\n</svg>\n`;
/** The fixture page showing `media/<name>` instead of the bakery floor plan. */
const showImage = (name: string): Change => replace(PAGE, '(media/bakery-floor.svg)', `(media/${name})`);
const DOLLARS = "Costs $$5: $& $' $` $1 $<x>";

const rows: Row[] = [
  // Files that are not what their name says.
  { mutation: 'course.yaml is a folder', change: folderAt('course.yaml'), errors: ['NotAFile course.yaml'] },
  { mutation: 'module.yaml is a folder', change: folderAt(MODULE), errors: ['NotAFile modules/first-weeks/module.yaml'] },
  { mutation: 'a page is a folder', change: folderAt(PAGE), errors: ['NotAFile modules/first-weeks/pages/welcome.md'] },
  { mutation: 'a translation file is a folder', change: folderAt('i18n/nl.yaml'), errors: ['NotAFile i18n/nl.yaml'] },
  { mutation: 'course.yaml is missing', change: remove('course.yaml'), errors: ['CourseFileMissing course.yaml'] },
  { mutation: 'course.yaml is empty', change: write('course.yaml', ''), errors: ['NotAMap course.yaml:1:1'] },
  { mutation: 'course.yaml is a list', change: write('course.yaml', '- id: x\n- title: y\n'), errors: ['NotAMap course.yaml:1:1'] },
  { mutation: 'a page is a PNG image', change: write(PAGE, PNG), errors: ['WrongEncoding modules/first-weeks/pages/welcome.md'] },
  { mutation: 'a page is empty', change: write(PAGE, '\n\n'), errors: ['PageEmpty modules/first-weeks/pages/welcome.md'] },
  { mutation: 'a text file of 2 MB', change: write(PAGE, `# Big\n\n${'All work and no play. '.repeat(100_000)}\n`), errors: ['FileTooLarge modules/first-weeks/pages/welcome.md'] },

  // Encodings and invisible characters.
  { mutation: 'course.yaml saved as UTF-16 LE', change: utf16('course.yaml', 'le'), errors: ['WrongEncoding course.yaml'] },
  { mutation: 'module.yaml saved as UTF-16 BE', change: utf16(MODULE, 'be'), errors: ['WrongEncoding modules/first-weeks/module.yaml'] },
  { mutation: 'a translation saved as Windows-1252', change: async ({ root }) => writeFile(join(root, 'i18n/nl.yaml'), Buffer.from((await readFile(join(root, 'i18n/nl.yaml'), 'utf8')).replace('Een leerling', 'Een caf\u00e9-leerling'), 'latin1')), errors: ['WrongEncoding i18n/nl.yaml:1:15'] },
  { mutation: 'a NUL in the course title', change: replace('course.yaml', 'Mentoring an', 'Mentoring\u0000 an'), errors: ['ControlCharacter course.yaml:5:17'] },
  { mutation: 'a NUL inside page text', change: replace(PAGE, 'learns most', 'learns\u0000 most'), errors: ['ControlCharacter modules/first-weeks/pages/welcome.md:3:21'] },
  { mutation: 'an escape character in a translation', change: replace(NL, 'De eerste weken', 'De \u001b[31meerste weken'), errors: ['ControlCharacter modules/first-weeks/i18n/nl.yaml:2:11'] },
  { mutation: 'a C1 control character in a choice', change: replace(MODULE, 'That happens.', 'That\u0085 happens.'), errors: ['ControlCharacter modules/first-weeks/module.yaml:58:23'] },
  { mutation: 'UTF-16 without a byte order mark', change: async ({ root }) => writeFile(join(root, PAGE), Buffer.from('# Hi\n\nText\n', 'utf16le')), errors: ['ControlCharacter modules/first-weeks/pages/welcome.md:1:2'] },

  // Links out of the course folder.
  { mutation: 'course.yaml links to a file outside', change: both(async ({ outside }) => cp(join(FIXTURE, 'course.yaml'), join(outside, 'course.yaml')), linkTo('course.yaml', (c) => join(c.outside, 'course.yaml'))), errors: ['LinkOutsideCourse course.yaml'] },
  { mutation: 'a page links to a private file', change: both(write('../outside/id_rsa', 'PRIVATE KEY\n'), linkTo(PAGE, (c) => join(c.outside, 'id_rsa'))), errors: ['LinkOutsideCourse modules/first-weeks/pages/welcome.md'] },
  { mutation: 'an image links to a file outside', change: both(async ({ outside }) => cp(join(FIXTURE, SVG), join(outside, 'x.svg')), linkTo(SVG, (c) => join(c.outside, 'x.svg'))), errors: ['LinkOutsideCourse modules/first-weeks/media/bakery-floor.svg'] },
  { mutation: 'a module folder links outside', change: both(async ({ outside }) => cp(join(FIXTURE, 'modules/first-weeks'), join(outside, 'm'), { recursive: true }), linkTo('modules/first-weeks', (c) => join(c.outside, 'm'))), errors: ['LinkOutsideCourse modules/first-weeks'] },
  { mutation: 'a page is a named pipe', change: both(remove(PAGE), async ({ root }) => void execFileSync('mkfifo', [join(root, PAGE)])), errors: ['NotAFile modules/first-weeks/pages/welcome.md'] },
  { mutation: 'a page links to nothing', change: linkTo(PAGE, (c) => join(c.root, 'gone.md')), errors: ['NotAFile modules/first-weeks/pages/welcome.md'] },
  { mutation: 'a page links to itself', change: linkTo(PAGE, (c) => join(c.root, PAGE)), errors: ['NotAFile modules/first-weeks/pages/welcome.md'] },

  // YAML that attacks the reader, and YAML mistakes.
  { mutation: 'course.yaml is an alias bomb', change: write('course.yaml', BOMB), errors: ['YamlTooManyAliases course.yaml:2:8'] },
  { mutation: 'a translation is an alias bomb', change: write(NL, BOMB), errors: ['YamlTooManyAliases modules/first-weeks/i18n/nl.yaml:2:8'] },
  { mutation: 'an alias inside its own anchor', change: replace(MODULE, 'competences: [giving-instructions]', 'competences: &loop [giving-instructions, *loop]'), errors: ['YamlAliasLoop modules/first-weeks/module.yaml:9:46'] },
  { mutation: 'lists nested 5000 deep', change: replace(MODULE, 'minutes: 90', `minutes: ${'['.repeat(5000)}${']'.repeat(5000)}`), errors: ['YamlSyntax modules/first-weeks/module.yaml:17:1056'] },
  { mutation: 'a tab as indentation', change: replace(MODULE, '    type: page', '\ttype: page'), errors: ['YamlSyntax modules/first-weeks/module.yaml:26:1'] },
  { mutation: 'a key written twice', change: replace('course.yaml', 'sourceLocale: en', 'sourceLocale: en\nsourceLocale: nl'), errors: ['YamlSyntax course.yaml:8:1'] },
  { mutation: 'a quote never closed', change: replace(MODULE, 'title: The first weeks', 'title: "The first weeks'), errors: ['YamlSyntax modules/first-weeks/module.yaml:4:24'] },
  { mutation: 'a second YAML document', change: edit('course.yaml', (t) => `${t}---\nid: other\n`), errors: [`YamlSyntax course.yaml:${FIXTURE_COURSE_LINES + 1}:1`] },
  { mutation: 'a language-specific tag', change: replace('course.yaml', 'title: Mentoring', 'title: !!js/function Mentoring'), errors: ['YamlSyntax course.yaml:5:8'] },
  { mutation: 'a __proto__ key', change: edit('course.yaml', (t) => `${t}__proto__:\n  polluted: true\n`), errors: [`UnknownField course.yaml:${FIXTURE_COURSE_LINES + 1}:1`] },

  // Values of the wrong type or size.
  { mutation: 'baseIri is javascript:', change: replace('course.yaml', 'https://workmentor.example.org/xapi/fixture', 'javascript:alert(1)'), errors: ['InvalidValue course.yaml:9:10'] },
  { mutation: 'baseIri is a local file', change: replace('course.yaml', 'https://workmentor.example.org/xapi/fixture', 'file:///etc/passwd'), errors: ['InvalidValue course.yaml:9:10'] },
  { mutation: 'baseIri holds a password', change: replace('course.yaml', 'https://workmentor', 'https://admin:secret@workmentor'), errors: ['InvalidValue course.yaml:9:10'] },
  { mutation: 'baseIri has a query', change: replace('course.yaml', '/xapi/fixture', '/xapi?course=fixture'), errors: ['InvalidValue course.yaml:9:10'] },
  { mutation: 'the version is a number', change: replace('course.yaml', 'version: 1.0.0', 'version: 1.0'), errors: ['InvalidValue course.yaml:4:10'] },
  { mutation: 'a pass mark of 1e999', change: replace(MODULE, 'passMark: 80', 'passMark: 1e999'), errors: ['InvalidValue modules/first-weeks/module.yaml:266:15'] },
  { mutation: 'a negative score', change: replace(MODULE, 'score: 3', 'score: -3'), errors: ['InvalidValue modules/first-weeks/module.yaml:60:20'] },
  { mutation: 'a title of 100,000 characters', change: replace('course.yaml', 'title: Mentoring an apprentice', `title: ${'Mentor '.repeat(14_286)}`), errors: ['LabelTooLong course.yaml:5:8'] },
  { mutation: 'an id in capitals and accents', change: replace(MODULE, 'id: burnt-tray', 'id: Brûlé-Tray'), errors: ['InvalidId modules/first-weeks/module.yaml:29:9'] },
  { mutation: 'an id of 200 characters', change: replace(MODULE, 'id: burnt-tray', `id: ${'burnt-'.repeat(33)}tray`), errors: ['InvalidId modules/first-weeks/module.yaml:29:9'] },
  { mutation: 'an unknown locale', change: replace('course.yaml', 'locales: [en, nl, nb]', 'locales: [en, nl, xx]'), errors: ['InvalidValue course.yaml:8:19'] },
  { mutation: 'a mistyped field', change: replace(MODULE, '    title: A burnt tray', '    tilte: A burnt tray'), errors: ['UnknownField modules/first-weeks/module.yaml:31:5'] },
  { mutation: 'modules is text, not a list', change: replace('course.yaml', 'modules:\n  - first-weeks', 'modules: first-weeks'), errors: ['InvalidValue course.yaml:19:10'] },
  { mutation: 'an unknown activity type', change: replace(MODULE, 'type: dialogue', 'type: dialog'), errors: ['InvalidValue modules/first-weeks/module.yaml:30:11'] },
  { mutation: 'a required field removed', change: replace(MODULE, '    title: A burnt tray\n', ''), errors: ['MissingField modules/first-weeks/module.yaml:29:5'] },

  // References that lead nowhere, and ids used twice.
  { mutation: 'a listed module without a folder', change: replace('course.yaml', '  - first-weeks', '  - first-weeks\n  - later'), errors: ['ModuleFolderMissing course.yaml:21:5'] },
  { mutation: 'a duplicate activity id', change: replace(MODULE, '  - id: burnt-tray', '  - id: welcome'), errors: ['DuplicateId modules/first-weeks/module.yaml:29:9'] },
  { mutation: 'a duplicate node id', change: replace(MODULE, '      - id: shut-down', '      - id: tray'), errors: ['DuplicateId modules/first-weeks/module.yaml:75:13'] },
  { mutation: 'a duplicate competence id', change: replace('course.yaml', '  - id: communicating', '  - id: giving-instructions'), errors: ['DuplicateId course.yaml:13:9'] },
  { mutation: 'a duplicate objective id', change: replace(MODULE, '  - id: respond-to-mistakes', '  - id: plan-first-weeks'), errors: ['DuplicateId modules/first-weeks/module.yaml:10:9'] },
  { mutation: 'a choice leads nowhere', change: replace(MODULE, 'next: explain', 'next: explian'), errors: ['DialogueTargetMissing modules/first-weeks/module.yaml:62:19'] },
  { mutation: 'a correct answer that is not an option', change: replace(MODULE, 'correct: three-parties', 'correct: three-party'), errors: ['QuizCorrectOptionMissing modules/first-weeks/module.yaml:281:18'] },
  { mutation: 'an unknown competence', change: replace(MODULE, 'competences: [giving-instructions]', 'competences: [giving-instruction]'), errors: ['UnknownCompetence modules/first-weeks/module.yaml:9:19'] },
  { mutation: 'an image that does not exist', change: showImage('bakery.svg'), errors: ['ImageFileMissing modules/first-weeks/pages/welcome.md:11:1'] },
  { mutation: 'an image from the web', change: showImage('../../../../../etc/passwd'), errors: ['ImageNotLocal modules/first-weeks/pages/welcome.md:11:1'] },
  { mutation: 'a page file missing', change: remove(PAGE), errors: ['PageFileMissing modules/first-weeks/module.yaml:25:9'] },
  { mutation: 'a translated page missing', change: remove('modules/first-weeks/pages/welcome.nb.md'), errors: ['TranslatedPageMissing modules/first-weeks/pages/welcome.nb.md'] },
  { mutation: 'a mistyped translation key', change: replace(NL, '  plan-first-weeks:', '  plan-first-week:'), errors: ['TranslationKeyUnknown modules/first-weeks/i18n/nl.yaml:6:5'] },
  { mutation: 'a translation file missing', change: remove(NL), errors: ['TranslationFileMissing modules/first-weeks/i18n/nl.yaml'] },

  // Media that are more than a picture.
  { mutation: 'an SVG with a script', change: write(SVG, svgWith('<script>fetch("/lms/grades")</script>')), errors: ['UnsafeSvg modules/first-weeks/media/bakery-floor.svg:3:3'] },
  { mutation: 'an SVG with onload', change: write(SVG, svgWith('', ' onload="alert(1)"')), errors: ['UnsafeSvg modules/first-weeks/media/bakery-floor.svg:1:104'] },
  { mutation: 'an SVG with a javascript: link', change: write(SVG, svgWith('<a xlink:href="javascript:alert(1)"><circle r="1"/></a>')), errors: ['UnsafeSvg modules/first-weeks/media/bakery-floor.svg:3:6'] },
  { mutation: 'an SVG with a foreignObject', change: write(SVG, svgWith('<foreignObject width="9" height="9"><p xmlns="http://www.w3.org/1999/xhtml">Hi</p></foreignObject>')), errors: ['UnsafeSvg modules/first-weeks/media/bakery-floor.svg:3:3', 'UnsafeSvg modules/first-weeks/media/bakery-floor.svg:3:39'] },
  { mutation: 'an SVG loading from the web', change: write(SVG, svgWith('<image href="https://tracker.example/pixel.png"/>')), errors: ['UnsafeSvg modules/first-weeks/media/bakery-floor.svg:3:10'] },
  { mutation: 'an SVG with an entity bomb', change: write(SVG, `<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>\n${svgWith('<text>&b;</text>')}`), errors: ['UnsafeSvg modules/first-weeks/media/bakery-floor.svg:1:1'] },
  { mutation: 'an SVG that is not well-formed', change: write(SVG, '<svg xmlns="http://www.w3.org/2000/svg"><g></svg>\n'), errors: ['SvgUnreadable modules/first-weeks/media/bakery-floor.svg:1:44'] },
  { mutation: 'an HTML page named .png', change: both(write('modules/first-weeks/media/plan.png', '<html><script>alert(1)</script></html>'), showImage('plan.png')), errors: ['MediaNotAnImage modules/first-weeks/media/plan.png'] },
  { mutation: 'a page shown as an image', change: both(write('modules/first-weeks/media/plan.html', '<script>alert(1)</script>'), showImage('plan.html')), errors: ['MediaTypeNotAllowed modules/first-weeks/media/plan.html'] },
  { mutation: 'an image of 11 MB', change: both(write('modules/first-weeks/media/big.png', Buffer.concat([PNG, Buffer.alloc(11 * 1024 * 1024)])), showImage('big.png')), errors: ['FileTooLarge modules/first-weeks/media/big.png'] },
  { mutation: 'a plain SVG drawing passes', change: write(SVG, DRAWING), warnings: [] },

  // Markdown that loses content: told, not silent.
  { mutation: 'raw HTML with a script in a page', change: replace(PAGE, 'The first weeks set', '<script>alert(1)</script> The first weeks set'), warnings: ['PageContentRemoved modules/first-weeks/pages/welcome.md:3:56'] },
  { mutation: 'a javascript: link in a page', change: replace(PAGE, '(https://workmentor.example.org/learning)', '(javascript:alert(1))'), warnings: ['PageContentRemoved modules/first-weeks/pages/welcome.md:13:78'] },
  { mutation: 'Windows line endings are fine', change: edit(MODULE, (t) => t.replace(/\n/g, '\r\n')), warnings: [] },
  { mutation: 'a UTF-8 byte order mark is fine', change: edit('course.yaml', (t) => `\uFEFF${t}`), warnings: [] },

  // Packaging: course text in the launch page.
  {
    mutation: 'a course title with every $ pattern',
    change: both(replace('course.yaml', 'title: Mentoring an apprentice', `title: "${DOLLARS}"`)),
    warnings: [],
    full: (ctx) => {
      const html = ctx.packages[0]!.files.get('index.html')!.toString('utf8');
      const json = /<script id="wm-launch-config" type="application\/json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
      const doc = { getElementById: () => ({ textContent: json }) } as unknown as Document;
      expect(readLaunchConfig(doc).title).toBe(DOLLARS);
      expect(html).toContain(`<title>${DOLLARS.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')}</title>`);
    },
  },
];

const temp: string[] = [];
afterAll(() => Promise.all(temp.map((d) => rm(d, { recursive: true, force: true }))));

/** The fixture copied into `<tmp>/course`, with `<tmp>/outside` beside it and an out folder holding a sentinel. */
async function setUp(change: Change): Promise<{ root: string; out: string }> {
  const base = await mkdtemp(join(tmpdir(), 'wm-hostile-'));
  temp.push(base);
  const root = join(base, 'course');
  const outside = join(base, 'outside');
  const out = join(base, 'out');
  await cp(FIXTURE, root, { recursive: true });
  await mkdir(outside);
  await mkdir(out);
  await writeFile(join(out, SENTINEL), 'from an earlier build\n');
  await change({ root, outside });
  return { root, out };
}

describe('hostile content', () => {
  beforeAll(() => expect(rows.length).toBeGreaterThanOrEqual(70));

  it.each(rows.map((row) => [row.mutation, row] as const))('%s', async (_, row) => {
    const { root, out } = await setUp(row.change);
    const config = resolveConfig({ course: root, outDir: out, targets: ['web'] });
    const run = runBuild(config, row.full ? {} : { steps: guideSteps() });
    if (row.errors) {
      const failure = await run.then(
        () => undefined,
        (error: unknown) => error,
      );
      // A BuildFailure carries catalogued errors; anything else would reach the author as a stack trace.
      expect(failure).toBeInstanceOf(BuildFailure);
      const errors = (failure as BuildFailure).errors;
      expect(pins(errors)).toEqual(row.errors);
      const printed = formatErrors(errors, { color: false });
      expect(printed).not.toMatch(/^\s+at .+[:(]\d+/m);
      for (const e of errors) {
        expect([e.what, e.why, e.fix].every((t) => t.length > 10), e.name).toBe(true);
        if (e.line > 0) expect(e.frame, `${e.name} has a code frame`).toBeTruthy();
      }
      expect(await readdir(out)).toEqual([SENTINEL]);
      expect(await readFile(join(out, SENTINEL), 'utf8')).toBe('from an earlier build\n');
    } else {
      const ctx = await run;
      expect(pins(ctx.course!.warnings)).toEqual(row.warnings);
      row.full?.(ctx);
    }
  }, 60_000);
});
