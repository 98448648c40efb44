/** Loader errors in quizzes and feedback exercises, pinned by name, position and wording. */
import { afterAll, describe, expect, it } from 'vitest';
import { formatErrors } from '../errors/format-errors.ts';
import { pins, problemsOf, removeTempCourses, tinyModule, valuePosition } from './test-support/tiny-course.ts';

afterAll(removeTempCourses);

const MODULE = 'modules/m/module.yaml';

const feedback = '        feedback:\n          correct: Yes.\n          incorrect: No.\n';
const trueFalse = (id: string): string => `      - id: ${id}\n        kind: true-false\n        prompt: True?\n        correct: true\n${feedback}`;

/** A quiz `check` with `settings` lines and `items` YAML. */
const quiz = (settings: string, items: string): string =>
  tinyModule(`  - id: check
    type: quiz
    title: Check
    passMark: 80
${settings}    items:
${items}`);

const singleChoice = (correct: string): string => `      - id: pick
        kind: single-choice
        prompt: Which one?
        options:
          - id: right
            text: The right one
          - id: wrong
            text: The wrong one
        correct: ${correct}
${feedback}`;

const exercise = (tasks: string): string =>
  tinyModule(`  - id: practise
    type: feedback-exercise
    title: Practise
    situation: A report.
    sample:
      title: Report
      text: Did stuff.
${tasks}    rubric:
      prompt: Rate it.
      levels:
        - id: low
          label: Low
        - id: high
          label: High
      criteria:
        - id: clear
          text: It is clear.
    model: A model answer.
`);

const sort = (category: string): string => `    sort:
      prompt: Sort these.
      categories:
        - id: helpful
          label: Helpful
        - id: vague
          label: Vague
      statements:
        - id: one
          text: Name the step.
          category: helpful
          explanation: It names it.
        - id: two
          text: Do better.
          category: ${category}
          explanation: It says nothing.
`;

describe('loader: quiz errors', () => {
  it('accepts a quiz whose answers exist', async () => {
    expect(await problemsOf({ [MODULE]: quiz('', singleChoice('right')) })).toEqual([]);
  });

  it('QuizCorrectOptionMissing: single-choice and multiple-response answers must be options', async () => {
    const multiple = `      - id: several\n        kind: multiple-response\n        prompt: Which ones?\n        options:\n          - id: a\n            text: A\n          - id: b\n            text: B\n        correct: [a, c]\n${feedback}`;
    const text = quiz('', singleChoice('rigth') + multiple);
    const problems = await problemsOf({ [MODULE]: text });
    expect(pins(problems)).toEqual([`QuizCorrectOptionMissing ${valuePosition(MODULE, text, 'correct: rigth')}`, 'QuizCorrectOptionMissing modules/m/module.yaml:37:22']);
    expect(formatErrors(problems.slice(0, 1), { color: false })).toBe(
      [
        'error QuizCorrectOptionMissing  modules/m/module.yaml:25:18',
        '  Item "pick" in quiz "check" marks "rigth" as correct, but it has no option with that id.',
        '  why: no learner could ever answer this item correctly, so the quiz could become impossible to pass.',
        '  fix: use the id of an option (right, wrong), or add an option with id "rigth".',
        '   23 |           - id: wrong',
        '   24 |             text: The wrong one',
        ' > 25 |         correct: rigth',
        '      |                  ^^^^^',
        '',
        '1 error in 1 file; nothing was written.',
        '',
      ].join('\n'),
    );
  });

  it('QuizDrawTooLarge: cannot draw more items than the pool holds', async () => {
    const text = quiz('    draw: 3\n', singleChoice('right') + trueFalse('tf'));
    const problems = await problemsOf({ [MODULE]: text });
    expect(pins(problems)).toEqual([`QuizDrawTooLarge ${valuePosition(MODULE, text, 'draw: 3')}`]);
    expect(problems[0]!.what).toBe('Quiz "check" draws 3 items per attempt, but has only 2.');
    expect(problems[0]!.fix).toBe('set `draw` to 2 or less, or add 1 more item(s).');
  });

  it('QuizDrawWithoutShuffle: drawing needs shuffling', async () => {
    const text = quiz('    draw: 1\n    shuffle: false\n', singleChoice('right') + trueFalse('tf'));
    const problems = await problemsOf({ [MODULE]: text });
    expect(pins(problems)).toEqual([`QuizDrawWithoutShuffle ${valuePosition(MODULE, text, 'shuffle: false')}`]);
  });

  it('QuizAnswerTooLong: an accepted answer must fit the answer field', async () => {
    const fillIn = `      - id: word\n        kind: fill-in\n        prompt: One word?\n        accept: [listen, listen carefully to the apprentice]\n        maxLength: 10\n${feedback}`;
    const text = quiz('', fillIn);
    const problems = await problemsOf({ [MODULE]: text });
    expect(pins(problems)).toEqual(['QuizAnswerTooLong modules/m/module.yaml:20:26']);
    expect(problems[0]!.what).toBe('Item "word" in quiz "check" accepts "listen carefully to the apprentice" (34 characters), but the answer field takes at most 10.');
  });
});

describe('loader: feedback exercise errors', () => {
  it('accepts an exercise with a sort task', async () => {
    expect(await problemsOf({ [MODULE]: exercise(sort('vague')) })).toEqual([]);
  });

  it('ExerciseHasNoTask: neither write nor sort', async () => {
    const problems = await problemsOf({ [MODULE]: exercise('') });
    expect(pins(problems)).toEqual(['ExerciseHasNoTask modules/m/module.yaml:12:9']);
    expect(problems[0]!.what).toBe('Feedback exercise "practise" has neither `write` nor `sort`.');
  });

  it('SortCategoryMissing: a statement sorted into a category that does not exist', async () => {
    const text = exercise(sort('vauge'));
    const problems = await problemsOf({ [MODULE]: text });
    expect(pins(problems)).toEqual([`SortCategoryMissing ${valuePosition(MODULE, text, 'category: vauge')}`]);
    expect(problems[0]!.what).toBe('Statement "two" in feedback exercise "practise" belongs in category "vauge", which does not exist. Did you mean "vague"?');
  });
});
