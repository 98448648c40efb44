/**
 * One build shows every error, and one mistake shows as one error: the loader judges the
 * references of an activity whose schema failed, never advises an invalid id, reports a dialogue
 * line split in translation as what it is, and collapses what follows from a renamed id, a
 * renamed module or a mistyped locale into that one cause. Pinned by name, position and wording.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { pins, positionOf, problemsOf, removeTempCourses, TINY_COURSE, tinyModule, valuePosition } from './test-support/tiny-course.ts';

afterAll(removeTempCourses);

const MODULE = 'modules/m/module.yaml';
const NL = 'modules/m/i18n/nl.yaml';

const DIALOGUE = `  - id: talk
    type: dialogue
    title: A talk
    scene: A talk at work.
    cast:
      - id: me
        name: Sam
        role: mentor
      - id: lea
        name: Lea
        role: apprentice
    player: me
    start: greet
    nodes:
      - id: greet
        lines:
          - speaker: lea
            text: Hi.
          - speaker: lea
            text: Got a minute?
        choices:
          - id: yes
            text: Sure.
            quality: good
            score: 2
            feedback: Good.
            next: end-good
          - id: no
            text: Not now.
            quality: poor
            score: 0
            feedback: She leaves.
            next: end-bad
      - id: end-good
        ending:
          outcome: positive
          title: Talked
          debrief: You listened.
      - id: end-bad
        ending:
          outcome: negative
          title: Missed
          debrief: She did not come back.
`;

const DIALOGUE_NL = `title: Een module
summary: Voor tests.
objectives:
  listen:
    text: Goed luisteren.
activities:
  intro:
    title: Intro
  talk:
    title: Een gesprek
    scene: Een gesprek op het werk.
    cast:
      me: { name: Sam }
      lea: { name: Lea }
    nodes:
      greet:
        lines:
          - Hoi.
          - Heb je even?
        choices:
          yes: { text: Zeker., feedback: Goed. }
          no: { text: Nu niet., feedback: Ze gaat weg. }
      end-good:
        ending: { title: Gepraat, debrief: Je luisterde. }
      end-bad:
        ending: { title: Gemist, debrief: Ze kwam niet terug. }
`;

/** The tiny course in en and nl with the dialogue above, fully translated; `changes` break it. */
const bilingual = (changes: Record<string, string | null>): Record<string, string | null> => ({
  'course.yaml': TINY_COURSE.replace('locales: [en]', 'locales: [en, nl]'),
  'i18n/nl.yaml': 'title: Klein\ndescription: Voor tests.\ncompetences:\n  listening:\n    title: Luisteren\n',
  'modules/m/module.yaml': tinyModule(DIALOGUE),
  'modules/m/i18n/nl.yaml': DIALOGUE_NL,
  'modules/m/pages/intro.nl.md': '# Intro\n\nHallo.\n',
  ...changes,
});

const feedback = '        feedback:\n          correct: Yes.\n          incorrect: No.\n';

describe('loader: every error of an item in one build', () => {
  it('accepts the bilingual dialogue course', async () => {
    expect(await problemsOf(bilingual({}))).toEqual([]);
  });

  it('reports a wrong `correct:` beside a schema error in the same item', async () => {
    const text = tinyModule(`  - id: check
    type: quiz
    title: Check
    passMark: 80
    items:
      - id: pick
        kind: single-choice
        promt: Which one?
        options:
          - id: right
            text: The right one
          - id: wrong
            text: The wrong one
        correct: rigth
${feedback}`);
    const problems = await problemsOf({ [MODULE]: text });
    expect(pins(problems)).toEqual([`UnknownField ${positionOf(MODULE, text, 'promt')}`, `QuizCorrectOptionMissing ${valuePosition(MODULE, text, 'correct: rigth')}`]);
  });

  it('reports a `next` to no node beside a schema error in the same dialogue', async () => {
    const text = tinyModule(DIALOGUE.replace('    scene: A talk at work.\n', '').replace('next: end-bad', 'next: end-bda'));
    const problems = await problemsOf({ [MODULE]: text });
    expect(pins(problems)).toEqual([`MissingField ${positionOf(MODULE, text, '- id: talk').replace(/:\d+$/, ':5')}`, `DialogueTargetMissing ${valuePosition(MODULE, text, 'next: end-bda')}`]);
  });

  it('leaves out references that are malformed themselves: a renamed option is its InvalidId alone', async () => {
    const text = tinyModule(`  - id: check
    type: quiz
    title: Check
    passMark: 80
    items:
      - id: pick
        kind: single-choice
        prompt: Which one?
        options:
          - id: right_one
            text: The right one
          - id: wrong
            text: The wrong one
        correct: right
${feedback}`);
    expect(pins(await problemsOf({ [MODULE]: text }))).toEqual([`InvalidId ${valuePosition(MODULE, text, 'id: right_one')}`]);
  });
});

describe('loader: advice never names an invalid id', () => {
  it('a page renamed to first_task is one InvalidId that shows the valid form; nothing advises first_task', async () => {
    const text = tinyModule(DIALOGUE).replace('  - id: intro', '  - id: first_task');
    const problems = await problemsOf(bilingual({ [MODULE]: text }));
    expect(pins(problems)).toEqual([`InvalidId ${valuePosition(MODULE, text, 'id: first_task')}`]);
    expect(problems[0]!.what).toBe('`id: first_task` in page 1 is not kebab-case (lower-case letters, digits and single hyphens).');
    expect(problems[0]!.fix).toBe('use "first-task" instead.');
  });

  it('a module listed as bad_one has no "create modules/bad_one" and is never offered as a module', async () => {
    const course = TINY_COURSE.replace('  - m\n', '  - m\n  - bad_one\n');
    const quiz = tinyModule(`  - id: check
    type: quiz
    title: Check
    passMark: 80
    items:
      - id: sure
        kind: true-false
        prompt: Sure?
        module: other
        correct: true
${feedback}`);
    const problems = await problemsOf({ 'course.yaml': course, [MODULE]: quiz });
    expect(pins(problems)).toEqual([`InvalidId ${positionOf('course.yaml', course, 'bad_one')}`, `QuizItemModuleUnknown ${valuePosition(MODULE, quiz, 'module: other')}`]);
    expect(problems[1]!.fix).toBe('use one of the modules in course.yaml: m.');
  });
});

describe('loader: a cause, not its cascade', () => {
  it('TranslationLineCount: a line split in two in translation is one error at the extra line', async () => {
    const nl = DIALOGUE_NL.replace('          - Heb je even?\n', '          - Heb je\n          - even?\n');
    const problems = await problemsOf(bilingual({ [NL]: nl }));
    expect(pins(problems)).toEqual([`TranslationLineCount ${positionOf(NL, nl, 'even?').replace(/:\d+$/, ':13')}`]);
    expect(problems[0]!.what).toBe('The "nl" translation of node "greet" in dialogue "talk" has 3 lines, where the English has 2.');
    expect(problems[0]!.fix).toBe('merge the translation into 2 lines, one per English line and in the same order; a long line may stay long.');
  });

  it('TranslationLineCount: a missing line is one error after the last line', async () => {
    const nl = DIALOGUE_NL.replace('          - Heb je even?\n', '');
    const problems = await problemsOf(bilingual({ [NL]: nl }));
    expect(pins(problems)).toEqual([`TranslationLineCount ${positionOf(NL, nl, 'Hoi.')}`]);
    expect(problems[0]!.what).toBe('The "nl" translation of node "greet" in dialogue "talk" has 1 line, where the English has 2.');
  });

  it('TranslationIdRenamed: a node renamed in module.yaml is one error per translation, at the old id', async () => {
    const text = tinyModule(DIALOGUE.replace('start: greet', 'start: hello').replace('- id: greet', '- id: hello'));
    const problems = await problemsOf(bilingual({ [MODULE]: text }));
    expect(pins(problems)).toEqual([`TranslationIdRenamed ${positionOf(NL, DIALOGUE_NL, 'greet:')}`]);
    expect(problems[0]!.what).toBe('The "nl" texts under "activities.talk.nodes.greet" belong to an id the English source does not have; they match the 6 untranslated texts of "hello" in its place.');
    expect(problems[0]!.fix).toBe('rename the key "greet" to "hello" in this file; if "greet" is the id you meant, rename it back in module.yaml instead.');
  });

  it('PageFileMissing: a page renamed without its files is one error per file set, naming the old files', async () => {
    const text = tinyModule(DIALOGUE).replace('  - id: intro', '  - id: welcome');
    const problems = await problemsOf(bilingual({ [MODULE]: text }));
    expect(pins(problems)).toEqual([`TranslationIdRenamed ${positionOf(NL, DIALOGUE_NL, 'intro:')}`, `PageFileMissing ${valuePosition(MODULE, text, 'id: welcome')}`]);
    expect(problems[0]!.what).toBe('The "nl" texts under "activities.intro" belong to an id the English source does not have; they match the untranslated text of "welcome" in its place.');
    expect(problems[1]!.what).toBe('Page "welcome" has no Markdown file: modules/m/pages/welcome.md does not exist. modules/m/pages/intro.md belongs to no page: was the page renamed?');
    expect(problems[1]!.fix).toBe(
      'rename modules/m/pages/intro.md to modules/m/pages/welcome.md, and its translations (<old id>.<locale>.md) the same way; or, if the old id is the one you meant, change the id in module.yaml back.',
    );
  });

  it('QuizItemModuleUnknown: items naming a renamed module are one error that lists the other lines', async () => {
    const item = (id: string) => `      - id: ${id}\n        kind: true-false\n        prompt: Sure?\n        module: old-name\n        correct: true\n${feedback}`;
    const quiz = tinyModule(`  - id: check\n    type: quiz\n    title: Check\n    passMark: 80\n    items:\n${item('one')}${item('two')}${item('three')}`);
    const problems = await problemsOf({ [MODULE]: quiz });
    const line = (n: number) => valuePosition(MODULE, quiz, 'module: old-name', n).split(':')[1];
    expect(pins(problems)).toEqual([`QuizItemModuleUnknown ${valuePosition(MODULE, quiz, 'module: old-name')}`]);
    expect(problems[0]!.what).toBe(`Item "one" in quiz "check" has \`module: old-name\`, but the course has no module "old-name". So do 2 more items (lines ${line(2)}, ${line(3)}).`);
  });

  it('LocaleMistyped: a locale typo is one error, not every file of both locales', async () => {
    const course = TINY_COURSE.replace('locales: [en]', 'locales: [en, no]');
    const problems = await problemsOf(
      bilingual({ 'course.yaml': course, 'i18n/nb.yaml': 'title: Liten\ndescription: For tester.\ncompetences:\n  listening:\n    title: Lytte\n', 'i18n/nl.yaml': null, [NL]: null, 'modules/m/i18n/nb.yaml': DIALOGUE_NL, 'modules/m/pages/intro.nl.md': null, 'modules/m/pages/intro.nb.md': '# Intro\n' }),
    );
    expect(pins(problems)).toEqual([`LocaleMistyped ${positionOf('course.yaml', course, 'no]')}`]);
    expect(problems[0]!.what).toBe('Locale "no" in `locales` has no translation file, but 2 files are written for "nb", which the course does not list (i18n/nb.yaml, modules/m/i18n/nb.yaml).');
    expect(problems[0]!.fix).toBe('change "no" to "nb" in `locales`; if "no" is right, rename the "nb" files (i18n/nb.yaml, pages/*.nb.md, templates/*.nb.md) to "no".');
  });
});
