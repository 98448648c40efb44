import { describe, expect, it } from 'vitest';
import type { QuizItem } from '../../course/schema/activities/quiz.ts';
import type { CourseData, ModuleData } from '../../course/schema/course-data.ts';
import type { Locale } from '../../course/schema/ids.ts';
import { checkContent, formatChance } from './content-checks.ts';
import { testDialogue, type ChoiceSpec } from './test-support/test-dialogue.ts';

const course = (locale: Locale, ...activities: ModuleData['activities']): CourseData =>
  ({ locale, modules: [{ id: 'm', activities }] }) as unknown as CourseData;

/** A decision point `n` whose best choice is `best` characters long against others of `other`. */
const point = (n: number, best: number, other: number, choices = 3): Record<string, ChoiceSpec[]> => ({
  [`p${n}`]: [
    [`best${n}`, 'good', 2, `e${n}`, 'b'.repeat(best)],
    [`poor${n}`, 'poor', 0, 'bad', 'x'.repeat(other)],
    ...(choices > 2 ? [[`ok${n}`, 'acceptable', 1, 'bad', 'y'.repeat(other)] as ChoiceSpec] : []),
  ],
});

/** Decision points in a row (each best choice leads to the next), ending in `good`; poor ones in `bad`. */
function chain(points: Record<string, ChoiceSpec[]>[]): ReturnType<typeof testDialogue> {
  const nodes: Record<string, ChoiceSpec[]> = {};
  points.forEach((p, i) => {
    const [[id, choices]] = Object.entries(p) as [[string, ChoiceSpec[]]];
    nodes[id] = choices.map(([c, q, s, next, t]) => [c, q, s, next === `e${i}` ? (i + 1 < points.length ? `p${i + 1}` : 'good') : next, t] as ChoiceSpec);
  });
  return testDialogue({ ...nodes, good: [], bad: [] });
}

const names = (datas: CourseData[]) => checkContent(datas, 'en').map((f) => `${f.name} ${f.locale}`);

describe('checkContent: dialogues', () => {
  it('asks for three or more choices at three quarters of the decision points', () => {
    const threeOfFour = chain([point(0, 20, 20), point(1, 20, 20), point(2, 20, 20), point(3, 20, 20, 2)]);
    expect(names([course('en', threeOfFour)])).toEqual([]);
    const twoOfFour = chain([point(0, 20, 20), point(1, 20, 20), point(2, 20, 20, 2), point(3, 20, 20, 2)]);
    const [finding] = checkContent([course('en', twoOfFour)], 'en');
    expect(finding).toMatchObject({ name: 'DialogueTooFewThreeWayPoints', params: { points: 4, threeWay: 2, needed: 3 } });
    expect(finding!.places!.map((p) => p.label)).toEqual(['"p2"', '"p3"']);
  });

  it('allows the best choice to be the longest at 40% of the points, not more', () => {
    const twoOfFive = chain([point(0, 21, 20), point(1, 21, 20), point(2, 19, 20), point(3, 19, 20), point(4, 19, 20)]);
    expect(names([course('en', twoOfFive)])).toEqual([]);
    const threeOfFive = chain([point(0, 21, 20), point(1, 21, 20), point(2, 21, 20), point(3, 19, 20), point(4, 19, 20)]);
    expect(checkContent([course('en', threeOfFive)], 'en')[0]).toMatchObject({ name: 'DialogueBestChoiceLongest', params: { longest: 3, allowed: 2 } });
  });

  it('allows best choices 1.2 times as long as the others on average, as printed', () => {
    const level = chain([point(0, 24, 20), point(1, 24, 20), point(2, 20, 20), point(3, 19, 20), point(4, 19, 20)]);
    // Means 21.2 against 20: within; 26 against 20 is not.
    expect(names([course('en', level)])).toEqual([]);
    const longer = chain([point(0, 35, 20), point(1, 35, 20), point(2, 20, 20), point(3, 20, 20), point(4, 20, 20)]);
    expect(names([course('en', longer)])).toEqual(['DialogueBestChoicesLonger en']);
  });

  it('judges structure once and lengths in every language', () => {
    const en = chain([point(0, 20, 20, 2), point(1, 20, 20, 2)]);
    const nl = chain([point(0, 40, 20, 2), point(1, 40, 20, 2)]);
    expect(names([course('en', en), course('nl', nl)])).toEqual([
      'DialogueTooFewThreeWayPoints en',
      'DialogueBestChoiceLongest nl',
      'DialogueBestChoicesLonger nl',
    ]);
  });

  it('reports points without consequence, poor choices that rejoin the best one and catch-all endings', () => {
    const d = testDialogue({
      start: [['ask', 'good', 2, 'talk'], ['scold', 'poor', 0, 'talk'], ['fix', 'acceptable', 1, 'talk']],
      talk: [['plan', 'good', 2, 'good'], ['shrug', 'poor', 0, 'bad'], ['rule', 'acceptable', 1, 'bad']],
      good: [],
      bad: [],
    });
    expect(checkContent([course('en', d)], 'en').map((f) => [f.name, f.params])).toEqual([
      ['DialogueDecisionWithoutConsequence', { dialogue: 'talk', node: 'start', target: 'talk' }],
      ['DialoguePoorChoiceRejoins', { dialogue: 'talk', node: 'start', choice: 'scold', target: 'talk', best: 'ask' }],
      ['DialogueCatchAllEnding', { dialogue: 'talk', ending: 'good', bestPath: ['ask', 'plan'], poorPath: ['scold', 'plan'] }],
    ]);
  });
});

const feedback = { correct: 'Yes.', incorrect: 'No.' };
const quiz = (items: QuizItem[], extra = {}) =>
  ({ id: 'check', type: 'quiz', title: 'Check', passMark: 80, attempts: 0, shuffle: true, feedback: 'item', weight: 0, optional: false, items, ...extra }) as unknown as ModuleData['activities'][number];
const single = (id: string, correctLongest: boolean): QuizItem => ({
  id, kind: 'single-choice', prompt: 'Which?', feedback, correct: 'a',
  options: [{ id: 'a', text: correctLongest ? 'The longer answer' : 'Short' }, { id: 'b', text: 'Middle one' }],
});
const multiple = (id: string, correct: number): QuizItem => ({
  id, kind: 'multiple-response', prompt: 'Which?', feedback, correct: ['a', 'b', 'c'].slice(0, correct),
  options: ['a', 'b', 'c', 'd'].map((o) => ({ id: o, text: `Option ${o}` })),
});
const trueFalse = (id: string, prompt: string, correct: boolean): QuizItem => ({ id, kind: 'true-false', prompt, feedback, correct });

describe('checkContent: quizzes', () => {
  it('judges option length from five single-choice items, allowing the correct one longest in 40%', () => {
    const four = ['a', 'b', 'c', 'd'].map((id) => single(id, true));
    expect(names([course('en', quiz(four))])).toEqual([]);
    expect(names([course('en', quiz([...four.slice(0, 2), single('e', false), single('f', false), single('g', false)]))])).toEqual([]);
    expect(checkContent([course('en', quiz([...four.slice(0, 3), single('f', false), single('g', false)]))], 'en')[0]).toMatchObject({
      name: 'QuizCorrectOptionLongest',
      params: { singleChoice: 5, longest: 3, allowed: 2 },
    });
  });

  it('asks multiple-response items to vary their number of correct options', () => {
    expect(names([course('en', quiz([multiple('a', 3), multiple('b', 3)]))])).toEqual([]);
    expect(names([course('en', quiz([multiple('a', 3), multiple('b', 3), multiple('c', 3)]))])).toEqual(['QuizCorrectCountFixed en']);
    expect(names([course('en', quiz([multiple('a', 3), multiple('b', 2), multiple('c', 3)]))])).toEqual([]);
  });

  it('allows the absolute-word rule to be right on 60% of four or more true/false items', () => {
    const items = [
      trueFalse('a', 'A mentor must always decide alone.', false),
      trueFalse('b', 'Never promise to keep a safety problem secret.', true),
      trueFalse('c', 'Feedback helps most soon after the task.', true),
      trueFalse('d', 'Only the school may change the training plan.', false),
    ];
    expect(names([course('en', quiz(items.slice(0, 3)))])).toEqual([]);
    expect(checkContent([course('en', quiz(items))], 'en')[0]).toMatchObject({ name: 'QuizAbsoluteWordCue', params: { trueFalse: 4, right: 3, allowed: 2, inTrue: 1, inFalse: 2 } });
    expect(names([course('en', quiz([...items, trueFalse('e', 'Every learner needs a plan.', true)]))])).toEqual([]);
  });
});

describe('checkContent: the final assessment', () => {
  const finalOnly = (datas: CourseData[]) => checkContent(datas, 'en').filter((f) => f.name.startsWith('Final'));
  const finalCourse = (locale: Locale, guessable: number, attempts: number): CourseData =>
    ({
      locale,
      finalAssessment: { activity: 'fin/final', attempts, retryAfterHours: 24, reset: 'wait', opensAfter: 'modules' },
      modules: [
        { id: 'm', activities: [] },
        { id: 'fin', activities: [quiz(Array.from({ length: 6 }, (_, i) => ({ ...single(`i${i}`, i < guessable), module: 'm' })), { id: 'final', weight: 1, draw: 5 })] },
      ],
    }) as unknown as CourseData;

  it('keeps the guesser below 1% within the attempts before a wait, in every language', () => {
    // 3 of 6 guessable, 4 of 5 drawn needed: impossible.
    expect(finalOnly([finalCourse('en', 3, 3)])).toEqual([]);
    // 4 guessable: C(4,4)·C(2,1)/C(6,5) = 1/3 per attempt.
    const [finding] = finalOnly([finalCourse('en', 3, 3), finalCourse('nl', 4, 3)]);
    expect(finding).toMatchObject({ name: 'FinalGuessable', params: { attempts: 3, results: [`${formatChance(1 - (2 / 3) ** 3)} (nl)`], perAttempt: ['33.33% (nl)'] } });
  });

  it('asks for six items per course module in the pool', () => {
    const few = finalCourse('en', 0, 3);
    const fin = few.modules[1]!.activities[0] as unknown as { items: QuizItem[] };
    fin.items = fin.items.slice(0, 5);
    expect(finalOnly([few])).toMatchObject([{ name: 'FinalModuleTooFewItems', params: { module: 'm', items: 5, needed: 6 } }]);
  });
});
