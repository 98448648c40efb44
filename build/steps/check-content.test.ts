/**
 * The content checks as the build runs them: each row breaks one rule in a small course and pins
 * the catalogued error by name and `file:line:col` (in the translation file when only a
 * translation has the cue); the fixture course, which every end-to-end test plays, passes them all.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path, { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BuildFailure } from '../build-failure.ts';
import type { BuildContext } from '../context.ts';
import { formatErrors } from '../errors/format-errors.ts';
import { loadCourse, type LoadResult } from '../load/load-course.ts';
import { loadTiny, pins, positionOf, removeTempCourses, TINY_COURSE, tinyModule, valuePosition } from '../load/test-support/tiny-course.ts';
import { checkContentCues } from './check-content.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../../tests/fixtures/course');
const MODULE = 'modules/m/module.yaml';

afterAll(removeTempCourses);

/** Runs the step on a loaded course: its log, and the errors it stops the build with. */
async function run(loaded: LoadResult): Promise<{ log: string[]; errors: string[]; failure?: BuildFailure }> {
  if (!loaded.ok) throw new Error(`course does not load: ${pins(loaded.errors).join(', ')}`);
  const log: string[] = [];
  const ctx = { course: loaded.course, log: (m: string) => log.push(m) } as unknown as BuildContext;
  try {
    await checkContentCues().run(ctx);
    return { log, errors: [] };
  } catch (error) {
    if (!(error instanceof BuildFailure)) throw error;
    return { log, errors: pins(error.errors), failure: error };
  }
}

/** A dialogue that passes every check: three points with three choices of equal length, poor choices ending badly. */
const DIALOGUE = `  - id: talk
    type: dialogue
    title: Talk
    scene: A talk in the workshop.
    cast:
      - { id: me, name: Me, role: mentor }
      - { id: ann, name: Ann, role: apprentice }
    player: me
    start: a
    nodes:
      - id: a
        lines: [{ speaker: ann, text: I broke the drill. }]
        choices:
          - { id: ask, text: Tell me how it happened., quality: good, score: 2, feedback: Calm., next: b }
          - { id: fix, text: First get the spare one., quality: acceptable, score: 1, feedback: Fair., next: c }
          - { id: blame, text: That drill was expensive., quality: poor, score: 0, feedback: Blame., next: bad }
      - id: b
        lines: [{ speaker: ann, text: It slipped. }]
        choices:
          - { id: plan, text: What would help it hold?, quality: good, score: 2, feedback: Own plan., next: good }
          - { id: rule, text: Always use the clamp now., quality: acceptable, score: 1, feedback: A rule., next: mid }
          - { id: shrug, text: These things just happen., quality: poor, score: 0, feedback: No plan., next: bad }
      - id: c
        lines: [{ speaker: ann, text: Got it. }]
        choices:
          - { id: ask-later, text: Now tell me what happened., quality: good, score: 2, feedback: Late., next: mid }
          - { id: rule-later, text: Use the clamp from now on., quality: acceptable, score: 1, feedback: A rule., next: mid }
          - { id: shrug-later, text: Well let us just forget it., quality: poor, score: 0, feedback: No plan., next: bad }
      - { id: good, ending: { outcome: positive, title: Learned, debrief: She found her own plan. } }
      - { id: mid, ending: { outcome: mixed, title: Fixed, debrief: The drill works but the lesson is thin. } }
      - { id: bad, ending: { outcome: negative, title: Closed, debrief: She will hide the next one. } }
`;

const withDialogue = (change: (text: string) => string = (t) => t) => ({ [MODULE]: tinyModule(change(DIALOGUE)) });

describe('check content cues', () => {
  it('passes a dialogue that meets every rule, and logs its figures', async () => {
    const { log, errors } = await run(await loadTiny(withDialogue()));
    expect(errors).toEqual([]);
    expect(log).toContain('content cues m: en 3+ choices 3/3, best longest 0/3, best/other 0.97');
  });

  it('asks for a third choice at three quarters of the decision points', async () => {
    const text = tinyModule(DIALOGUE.replace(/ {10}- \{ id: rule,[^\n]*\n/, '').replace(/ {10}- \{ id: rule-later,[^\n]*\n/, ''));
    const { errors, failure } = await run(await loadTiny({ [MODULE]: text }));
    expect(errors).toEqual([`DialogueTooFewThreeWayPoints ${valuePosition(MODULE, text, '- id: b')}`]);
    expect(failure!.errors[0]!.what).toBe('Module "m" offers three or more choices at 1 of its 3 decision points (33%); at least 3 (75%) should.');
    expect(failure!.errors[0]!.fix).toContain('"b" (line 28), "c" (line 33)');
  });

  it('stops a module whose best choices are the longest', async () => {
    const long = (t: string) => t.replace('Tell me how it happened.', 'Tell me step by step how it happened.').replace('What would help it hold?', 'What would help the drill hold still next time?');
    const text = tinyModule(long(DIALOGUE));
    const { errors } = await run(await loadTiny({ [MODULE]: text }));
    expect(errors).toEqual([`DialogueBestChoiceLongest ${positionOf(MODULE, text, 'Tell me step by step')}`, `DialogueBestChoicesLonger ${positionOf(MODULE, text, 'What would help the drill')}`]);
  });

  it('finds a decision without consequence, poor choices that rejoin the best one and the ending they make a catch-all', async () => {
    const text = tinyModule(DIALOGUE.replace('feedback: Blame., next: bad', 'feedback: Blame., next: b').replace('feedback: No plan., next: bad }\n      - { id: good', 'feedback: No plan., next: mid }\n      - { id: good'));
    const { errors, failure } = await run(await loadTiny({ [MODULE]: text }));
    expect(errors).toEqual([
      `DialoguePoorChoiceRejoins ${valuePosition(MODULE, text, 'next: b', 2)}`,
      `DialogueDecisionWithoutConsequence ${valuePosition(MODULE, text, '- id: c')}`,
      `DialoguePoorChoiceRejoins ${valuePosition(MODULE, text, 'next: mid', 4)}`,
      `DialogueCatchAllEnding ${valuePosition(MODULE, text, '{ id: good')}`,
    ]);
    expect(failure!.errors[3]!.what).toBe('Ending "good" in dialogue "talk" is reached by the best path (ask → plan) and also by a path with a poor choice (blame → plan).');
    expect(formatErrors(failure!.errors, { color: false })).toContain('error DialogueCatchAllEnding  modules/m/module.yaml:');
  });

  it('warns, and builds, when a detour earns more than the best path', async () => {
    const text = tinyModule(DIALOGUE.replace('Now tell me what happened., quality: good, score: 2', 'Now tell me what happened., quality: good, score: 5'));
    const { errors, log } = await run(await loadTiny({ [MODULE]: text }));
    expect(errors).toEqual([]);
    expect(log).toContain(`warning DialogueBestPathOutscored ${valuePosition(MODULE, text, 'start: a').replace(/:\d+$/, '')}: In dialogue "talk", taking the best choice at every point (ask → plan) earns 4 points, but another path earns 6.`);
  });

  it('stops sorting statements whose category shows in their length', async () => {
    const text = tinyModule(`  - id: log
    type: feedback-exercise
    title: Feedback on a log
    situation: Ann wrote a log.
    sample: { title: Log, text: I drilled. }
    sort:
      prompt: Sort the remarks.
      categories: [{ id: useful, label: Useful }, { id: vague, label: Vague }]
      statements:
        - { id: steps, text: Write which steps of the drilling you did alone., category: useful, explanation: Concrete. }
        - { id: nice, text: Nice log!, category: vague, explanation: Says nothing. }
    rubric: { prompt: Rate it., levels: [{ id: no, label: No }, { id: yes, label: Yes }], criteria: [{ id: c, text: Concrete. }] }
    model: Say which steps you did alone.
`);
    const { errors } = await run(await loadTiny({ [MODULE]: text }));
    expect(errors).toEqual([`SortCategoryLengthCue ${positionOf(MODULE, text, 'Write which steps')}`]);
  });

  it('stops quizzes whose wording gives the answers away', async () => {
    const single = (n: number, long: boolean) =>
      `      - { id: s${n}, kind: single-choice, prompt: Which?, correct: a, options: [{ id: a, text: ${long ? 'The careful full answer' : 'Short'} }, { id: b, text: A middle one }], feedback: { correct: Yes., incorrect: No. } }\n`;
    const multiple = (n: number) =>
      `      - { id: m${n}, kind: multiple-response, prompt: Which?, correct: [a, b], options: [{ id: a, text: One }, { id: b, text: Two }, { id: c, text: Six }], feedback: { correct: Yes., incorrect: No. } }\n`;
    const trueFalse = (n: number, prompt: string, correct: boolean) =>
      `      - { id: t${n}, kind: true-false, prompt: ${prompt}, correct: ${correct}, feedback: { correct: Yes., incorrect: No. } }\n`;
    const text = tinyModule(`  - id: check
    type: quiz
    title: Check
    weight: 0
    passMark: 80
    items:
${[0, 1, 2].map((n) => single(n, true)).join('')}${[3, 4].map((n) => single(n, false)).join('')}${[0, 1, 2].map(multiple).join('')}${trueFalse(0, 'You must always decide alone.', false)}${trueFalse(1, 'Ask first.', true)}${trueFalse(2, 'Praise the work.', true)}${trueFalse(3, 'Only the school plans.', false)}`);
    const { errors } = await run(await loadTiny({ [MODULE]: text }));
    expect(errors).toEqual([
      `QuizCorrectOptionLongest ${positionOf(MODULE, text, 'The careful full answer')}`,
      `QuizCorrectCountFixed ${valuePosition(MODULE, text, 'correct: [a, b]')}`,
      `QuizAbsoluteWordCue ${valuePosition(MODULE, text, 'prompt: You must')}`,
    ]);
  });

  it('stops a final assessment with too few items per module that a guesser passes', async () => {
    const items = Array.from(
      { length: 4 },
      (_, n) => `      - { id: f${n}, module: m, kind: single-choice, prompt: Which?, correct: a, options: [{ id: a, text: The careful full answer }, { id: b, text: Short }], feedback: { correct: Yes., incorrect: No. } }\n`,
    ).join('');
    const final = `id: fin\ntitle: Final\nsummary: The final.\nobjectives:\n  - id: pass\n    text: Pass.\n    competences: [listening]\nactivities:\n  - id: final\n    type: quiz\n    title: Final\n    weight: 1\n    passMark: 75\n    items:\n${items}`;
    const courseYaml = `${TINY_COURSE.replace('  - m\n', '  - m\n  - fin\n')}finalAssessment: { activity: fin/final, attempts: 3 }\n`;
    const { errors, failure } = await run(await loadTiny({ 'course.yaml': courseYaml, 'modules/fin/module.yaml': final }));
    expect(errors).toEqual([`FinalModuleTooFewItems ${valuePosition('modules/fin/module.yaml', final, '- id: final')}`, `FinalGuessable ${valuePosition('modules/fin/module.yaml', final, '- id: final')}`]);
    expect(failure!.errors[1]!.what).toContain('passes the final assessment "final" within 3 attempts with probability 100.00% (en)');
  });
});

describe('check content cues on the fixture course', () => {
  const NL = 'modules/first-weeks/i18n/nl.yaml';

  it('passes, and logs the figures and the guesser line in every language', async () => {
    const { log, errors } = await run(await loadCourse(FIXTURE));
    expect(errors).toEqual([]);
    expect(log[0]).toMatch(/^content cues first-weeks: en 3\+ choices 5\/6, best longest 1\/6, best\/other \d\.\d\d, sort \d\.\d\d, guesser 3\/8; nl /);
    expect(log).toContain('guesser (en): scores 3/8 on the pool; passes an attempt with p = 0%; within 3 attempts 0%');
  });

  it('points at the translation when only the translation has the cue', async () => {
    const root = join(await mkdtemp(join(tmpdir(), 'wm-cues-')), 'course');
    await cp(FIXTURE, root, { recursive: true });
    const file = join(root, NL);
    const text = (await readFile(file, 'utf8'))
      .replace('Dat gebeurt. Vertel eens hoe het gegaan is.', 'Dat gebeurt. Vertel eens rustig en stap voor stap hoe het gegaan is.')
      .replace('Wat zou je helpen om de volgende keer', 'Wat zou je echt kunnen helpen om de volgende keer');
    await writeFile(file, text);
    const { errors } = await run(await loadCourse(root));
    expect(errors).toEqual([
      `DialogueBestChoiceLongest ${positionOf(NL, text, 'Dat gebeurt. Vertel eens rustig')}`,
      `DialogueBestChoicesLonger ${positionOf(NL, text, 'Wat zou je echt')}`,
    ]);
  });
});
