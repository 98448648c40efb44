/** Loader errors in translation files, pinned by name, position and wording. */
import { afterAll, describe, expect, it } from 'vitest';
import { formatErrors } from '../errors/format-errors.ts';
import { pins, problemsOf, removeTempCourses, TINY_COURSE, tinyModule, valuePosition } from './test-support/tiny-course.ts';

afterAll(removeTempCourses);

const COURSE_NL = 'title: Klein\ndescription: Voor tests.\ncompetences:\n  listening:\n    title: Luisteren\n';
const MODULE_NL = `title: Een module
summary: Voor tests.
objectives:
  listen:
    text: Goed luisteren.
activities:
  intro:
    title: Intro
  word:
    title: Eén woord
    items:
      listen:
        prompt: Wat doet een goede mentor eerst?
        accept: [luisteren]
        feedback:
          correct: Ja.
          incorrect: Nee.
`;
const QUIZ = `  - id: word
    type: quiz
    title: One word
    passMark: 100
    items:
      - id: listen
        kind: fill-in
        prompt: What does a good mentor do first?
        accept: [listen]
        feedback:
          correct: Yes.
          incorrect: No.
`;

/** A course in en and nl with a quiz, fully translated; `changes` break it. */
const bilingual = (changes: Record<string, string | null>): Record<string, string | null> => ({
  'course.yaml': TINY_COURSE.replace('locales: [en]', 'locales: [en, nl]'),
  'i18n/nl.yaml': COURSE_NL,
  'modules/m/module.yaml': tinyModule(QUIZ),
  'modules/m/i18n/nl.yaml': MODULE_NL,
  'modules/m/pages/intro.nl.md': '# Intro\n\nHallo.\n',
  ...changes,
});

describe('loader: translation errors', () => {
  it('accepts a complete translation', async () => {
    expect(await problemsOf(bilingual({}))).toEqual([]);
  });

  it('TranslationFileMissing: one error for the whole file, pointing at the worksheet', async () => {
    const problems = await problemsOf(bilingual({ 'modules/m/i18n/nl.yaml': null }));
    expect(pins(problems)).toEqual(['TranslationFileMissing modules/m/i18n/nl.yaml']);
    expect(problems[0]!.what).toBe('modules/m/i18n/nl.yaml does not exist, so all 9 texts of it are missing in "nl".');
    expect(problems[0]!.fix).toBe(
      'run `npx tsx build/i18n-extract.ts course nl` for a worksheet with every key and its English text, translate it and save it as modules/m/i18n/nl.yaml.',
    );
  });

  it('TranslationKeyMissing: names the key, the English text and the file it belongs in', async () => {
    const problems = await problemsOf(bilingual({ 'modules/m/i18n/nl.yaml': MODULE_NL.replace('          incorrect: Nee.\n', '') }));
    expect(formatErrors(problems, { color: false })).toBe(
      [
        'error TranslationKeyMissing  modules/m/i18n/nl.yaml',
        '  "activities.word.items.listen.feedback.incorrect" has no "nl" translation (English: "No.").',
        '  why: a learner would see this text in English in the middle of their own language.',
        '  fix: add `activities.word.items.listen.feedback.incorrect` to this file, nested by the dots; `npx tsx build/i18n-extract.ts course nl` lists every missing key with its English text.',
        '',
        '1 error in 1 file; nothing was written.',
        '',
      ].join('\n'),
    );
  });

  it('TranslationKeyUnknown: a mistyped id gets the key it probably meant', async () => {
    const text = MODULE_NL.replace('  intro:\n', '  intor:\n');
    const problems = await problemsOf(bilingual({ 'modules/m/i18n/nl.yaml': text }));
    expect(pins(problems)).toEqual(['TranslationKeyUnknown modules/m/i18n/nl.yaml:8:5']);
    expect(problems[0]!.what).toBe('"activities.intor.title" is not a text in the English source, so this "nl" translation is never used. Did you mean "activities.intro.title"?');
    expect(problems[0]!.fix).toBe('rename the key to "activities.intro.title".');
  });

  it('TranslationEmpty: an empty value, as left by the worksheet', async () => {
    const text = MODULE_NL.replace('    title: Intro\n', '    title:\n');
    const problems = await problemsOf(bilingual({ 'modules/m/i18n/nl.yaml': text }));
    expect(pins(problems)).toEqual(['TranslationEmpty modules/m/i18n/nl.yaml:8:5']);
    expect(problems[0]!.what).toBe('The "nl" translation of "activities.intro.title" is empty.');
  });

  it('TranslationWrongShape: accepted answers stay a list, other texts stay text', async () => {
    const text = MODULE_NL.replace('accept: [luisteren]', 'accept: luisteren').replace('summary: Voor tests.', 'summary:\n  - Voor tests.');
    const problems = await problemsOf(bilingual({ 'modules/m/i18n/nl.yaml': text }));
    expect(pins(problems)).toEqual(['TranslationWrongShape modules/m/i18n/nl.yaml:3:3', `TranslationWrongShape ${valuePosition('modules/m/i18n/nl.yaml', text, 'accept: luisteren')}`]);
    expect(problems.map((p) => p.what)).toEqual([
      'The "nl" translation of "summary" should be text, not a list or a map.',
      'The "nl" translation of "activities.word.items.listen.accept" should be a list of accepted answers.',
    ]);
  });

  it('LabelTooLong: translated labels keep the same limits', async () => {
    const long = 'Een heel lange titel die maar doorgaat over alles wat een mentor ooit zou moeten weten';
    const problems = await problemsOf(bilingual({ 'modules/m/i18n/nl.yaml': MODULE_NL.replace('    title: Intro\n', `    title: ${long}\n`) }));
    expect(pins(problems)).toEqual(['LabelTooLong modules/m/i18n/nl.yaml:8:12']);
    expect(problems[0]!.what).toBe(`The "nl" translation of "activities.intro.title" is ${long.length} characters long; the limit is 80.`);
  });

  it('LocaleNotInCourse: a translation file for a locale the course does not ship', async () => {
    const problems = await problemsOf(bilingual({ 'i18n/nb.yaml': COURSE_NL, 'modules/m/i18n/no.yaml': MODULE_NL }));
    expect(pins(problems)).toEqual(['LocaleNotInCourse i18n/nb.yaml', 'LocaleNotInCourse modules/m/i18n/no.yaml']);
    expect(problems[0]!.fix).toBe('rename the file to one of the course\'s locales, or add "nb" to `locales` if the course supports it (supported: en, nl, nb).');
  });

  it('ignores the keys of an activity that failed the schema instead of calling them unknown', async () => {
    const problems = await problemsOf(bilingual({ 'modules/m/module.yaml': tinyModule(QUIZ.replace('kind: fill-in', 'kind: fill-inn')) }));
    expect(problems.map((p) => p.name)).toEqual(['InvalidValue']);
  });
});
