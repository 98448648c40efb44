import { describe, expect, it } from 'vitest';
import type { Quiz, QuizItem } from '../../../course/schema/activities/quiz.ts';
import type { QuizResponse } from './progress.ts';
import {
  answerItem,
  attemptNumber,
  attemptsLeft,
  isAnswerComplete,
  isCorrect,
  normalizeAnswer,
  optionOrder,
  scoreAttempt,
  startAttempt,
  submitAttempt,
} from './quiz-scoring.ts';
import { attemptSeed, drawItems } from './quiz-draw.ts';

const feedback = { correct: 'yes', incorrect: 'no' };
const single: QuizItem = {
  id: 'single', kind: 'single-choice', prompt: 'p', feedback, correct: 'b',
  options: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }, { id: 'c', text: 'C' }, { id: 'd', text: 'D' }],
};
const multiple: QuizItem = {
  id: 'multiple', kind: 'multiple-response', prompt: 'p', feedback, correct: ['a', 'c'],
  options: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }, { id: 'c', text: 'C' }],
};
const trueFalse: QuizItem = { id: 'tf', kind: 'true-false', prompt: 'p', feedback, correct: false };
const matching: QuizItem = {
  id: 'matching', kind: 'matching', prompt: 'p', feedback,
  pairs: [
    { id: 'p1', prompt: 'Praise', match: 'Specific' },
    { id: 'p2', prompt: 'Critique', match: 'About behaviour' },
    { id: 'p3', prompt: 'Tip', match: 'Specific' },
  ],
};
const ordering: QuizItem = {
  id: 'ordering', kind: 'ordering', prompt: 'p', feedback,
  steps: [{ id: 's1', text: 'One' }, { id: 's2', text: 'Two' }, { id: 's3', text: 'Three' }],
};
const fillIn: QuizItem = {
  id: 'fill', kind: 'fill-in', prompt: 'p', feedback, accept: ['Learning agreement', 'leerovereenkomst'], caseSensitive: false, maxLength: 60,
};
const items = [single, multiple, trueFalse, matching, ordering, fillIn];
const quiz: Pick<Quiz, 'id' | 'passMark' | 'attempts' | 'draw' | 'shuffle' | 'items'> = {
  id: 'check', passMark: 60, attempts: 2, shuffle: true, items,
};

const cases: Array<[string, QuizItem, QuizResponse, QuizResponse]> = [
  ['single-choice', single, { kind: 'single-choice', option: 'b' }, { kind: 'single-choice', option: 'a' }],
  ['multiple-response', multiple, { kind: 'multiple-response', options: ['c', 'a'] }, { kind: 'multiple-response', options: ['a'] }],
  ['true-false', trueFalse, { kind: 'true-false', value: false }, { kind: 'true-false', value: true }],
  ['matching', matching, { kind: 'matching', matches: { p1: 'p1', p2: 'p2', p3: 'p3' } }, { kind: 'matching', matches: { p1: 'p2', p2: 'p1', p3: 'p3' } }],
  ['ordering', ordering, { kind: 'ordering', order: ['s1', 's2', 's3'] }, { kind: 'ordering', order: ['s2', 's1', 's3'] }],
  ['fill-in', fillIn, { kind: 'fill-in', text: 'learning agreement' }, { kind: 'fill-in', text: 'learning contract' }],
];

describe('isCorrect', () => {
  it.each(cases)('judges a %s answer right and a wrong one wrong', (_kind, item, right, wrong) => {
    expect(isCorrect(item, right)).toBe(true);
    expect(isCorrect(item, wrong)).toBe(false);
  });

  it('rejects multiple-response answers with an extra option', () => {
    expect(isCorrect(multiple, { kind: 'multiple-response', options: ['a', 'b', 'c'] })).toBe(false);
  });

  it('accepts either pair for matches that share the same text', () => {
    expect(isCorrect(matching, { kind: 'matching', matches: { p1: 'p3', p2: 'p2', p3: 'p1' } })).toBe(true);
  });

  it('rejects matching answers with a prompt left out', () => {
    expect(isCorrect(matching, { kind: 'matching', matches: { p1: 'p1', p2: 'p2' } })).toBe(false);
  });

  it('rejects an ordering with a step missing', () => {
    expect(isCorrect(ordering, { kind: 'ordering', order: ['s1', 's2'] })).toBe(false);
  });

  it('rejects a response of another kind', () => {
    expect(isCorrect(single, { kind: 'true-false', value: true })).toBe(false);
    expect(isCorrect(fillIn, { kind: 'single-choice', option: 'b' })).toBe(false);
  });
});

describe('fill-in normalisation', () => {
  it('ignores surrounding space, repeated space and case', () => {
    expect(isCorrect(fillIn, { kind: 'fill-in', text: '  LEARNING \t  agreement\n' })).toBe(true);
  });

  it('respects case when the item asks for it', () => {
    const strict = { ...fillIn, caseSensitive: true } as QuizItem;
    expect(isCorrect(strict, { kind: 'fill-in', text: 'Learning agreement' })).toBe(true);
    expect(isCorrect(strict, { kind: 'fill-in', text: 'learning agreement' })).toBe(false);
  });

  it('treats composed and decomposed accents as the same text', () => {
    const accented = { ...fillIn, accept: ['evaluatie\u0301'.normalize('NFC')] } as QuizItem; // é composed
    expect(isCorrect(accented, { kind: 'fill-in', text: 'evaluatie\u0301' })).toBe(true);
    expect(normalizeAnswer('Cafe\u0301', false)).toBe('caf\u00e9');
  });
});

describe('drawing and shuffling', () => {
  it('draws the asked number of items without repeats', () => {
    for (let attempt = 1; attempt <= 20; attempt += 1) {
      const ids = drawItems({ ...quiz, draw: 4 }, attemptSeed('learner', attempt));
      expect(ids).toHaveLength(4);
      expect(new Set(ids).size).toBe(4);
      for (const id of ids) expect(items.map((i) => i.id)).toContain(id);
    }
  });

  it('draws every item when draw is missing or larger than the pool', () => {
    expect([...drawItems(quiz, 'x')].sort()).toEqual(items.map((i) => i.id).sort());
    expect(drawItems({ ...quiz, draw: 99 }, 'x')).toHaveLength(items.length);
  });

  it('gives the same draw for the same seed and another for the next attempt', () => {
    expect(drawItems(quiz, attemptSeed('learner', 1))).toEqual(drawItems(quiz, attemptSeed('learner', 1)));
    const orders = new Set([1, 2, 3, 4].map((n) => drawItems(quiz, attemptSeed('learner', n)).join()));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('keeps the authored order when the quiz is not shuffled, also for a partial draw', () => {
    const fixed = { ...quiz, shuffle: false };
    expect(drawItems(fixed, 'x')).toEqual(items.map((i) => i.id));
    const partial = drawItems({ ...fixed, draw: 3 }, 'x');
    const authored = items.map((i) => i.id);
    expect(partial).toEqual([...partial].sort((a, b) => authored.indexOf(a) - authored.indexOf(b)));
  });

  it('orders options deterministically per attempt and item', () => {
    expect(optionOrder(single, attemptSeed('learner', 1))).toEqual(optionOrder(single, attemptSeed('learner', 1)));
    const orders = new Set([1, 2, 3, 4, 5, 6].map((n) => optionOrder(single, attemptSeed('learner', n)).join()));
    expect(orders.size).toBeGreaterThan(1);
    expect([...optionOrder(single, 'x')].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('orders options per learner: the same attempt shows other learners another order', () => {
    const orders = new Set(['anna', 'bram', 'chris', 'dina', 'emre', 'fien'].map((learner) => optionOrder(single, attemptSeed(learner, 1)).join()));
    expect(orders.size).toBeGreaterThan(1);
    expect(optionOrder(single, attemptSeed('anna', 1))).toEqual(optionOrder(single, attemptSeed('anna', 1)));
  });

  it('keeps authored option order when shuffling is off', () => {
    expect(optionOrder(single, 'x', false)).toEqual(['a', 'b', 'c', 'd']);
    expect(optionOrder(trueFalse, 'x')).toEqual(['true', 'false']);
  });

  it('never offers ordering steps already in the right order', () => {
    const two: QuizItem = { ...ordering, steps: [{ id: 's1', text: 'One' }, { id: 's2', text: 'Two' }] } as QuizItem;
    for (let n = 1; n <= 30; n += 1) {
      expect(optionOrder(ordering, attemptSeed('learner', n))).not.toEqual(['s1', 's2', 's3']);
      expect(optionOrder(two, attemptSeed('learner', n))).toEqual(['s2', 's1']);
    }
  });

  it('offers each distinct match text once, even when shuffling is off', () => {
    const order = optionOrder(matching, 'x', false);
    expect(order).toHaveLength(2);
    expect(new Set(order.map((id) => matching.kind === 'matching' && matching.pairs.find((p) => p.id === id)?.match))).toEqual(
      new Set(['Specific', 'About behaviour']),
    );
  });
});

describe('isAnswerComplete', () => {
  it('asks for every prompt to be matched and for text to be typed', () => {
    expect(isAnswerComplete(matching, { kind: 'matching', matches: { p1: 'p1', p2: 'p2' } })).toBe(false);
    expect(isAnswerComplete(matching, { kind: 'matching', matches: { p1: 'p1', p2: 'p2', p3: 'p1' } })).toBe(true);
    expect(isAnswerComplete(fillIn, { kind: 'fill-in', text: '   ' })).toBe(false);
    expect(isAnswerComplete(multiple, { kind: 'multiple-response', options: [] })).toBe(false);
    expect(isAnswerComplete(single, undefined)).toBe(false);
    expect(isAnswerComplete(single, { kind: 'single-choice', option: 'a' })).toBe(true);
  });
});

describe('attempts', () => {
  const answerAll = (progress: ReturnType<typeof startAttempt>, rightCount: number) => {
    let p = progress;
    for (const [i, id] of p.current!.items.entries()) {
      const item = items.find((it) => it.id === id)!;
      const right = rightResponses[item.id]!;
      const wrong = wrongResponses[item.id]!;
      p = answerItem(quiz, p, id, i < rightCount ? right : wrong);
    }
    return p;
  };
  const rightResponses: Record<string, QuizResponse> = {
    single: { kind: 'single-choice', option: 'b' },
    multiple: { kind: 'multiple-response', options: ['a', 'c'] },
    tf: { kind: 'true-false', value: false },
    matching: { kind: 'matching', matches: { p1: 'p1', p2: 'p2', p3: 'p3' } },
    ordering: { kind: 'ordering', order: ['s1', 's2', 's3'] },
    fill: { kind: 'fill-in', text: 'leerovereenkomst' },
  };
  const wrongResponses: Record<string, QuizResponse> = {
    single: { kind: 'single-choice', option: 'a' },
    multiple: { kind: 'multiple-response', options: ['b'] },
    tf: { kind: 'true-false', value: true },
    matching: { kind: 'matching', matches: { p1: 'p2', p2: 'p1', p3: 'p3' } },
    ordering: { kind: 'ordering', order: ['s3', 's2', 's1'] },
    fill: { kind: 'fill-in', text: 'nope' },
  };

  it('scores an attempt as the rounded percentage of right answers, unanswered counting as wrong', () => {
    expect(scoreAttempt(quiz, { items: ['single', 'tf', 'fill'], answers: { single: rightResponses.single!, tf: wrongResponses.tf! } })).toBe(33);
    expect(scoreAttempt(quiz, { items: ['single', 'gone'], answers: { single: rightResponses.single! } })).toBe(50);
    expect(scoreAttempt(quiz, { items: [], answers: {} })).toBe(0);
  });

  it('runs an attempt from start to a submitted score', () => {
    const started = startAttempt(quiz, undefined, 'learner');
    expect(started.current).toEqual({ items: drawItems(quiz, attemptSeed('learner', 1)), answers: {}, submitted: false });
    expect(attemptNumber(started)).toBe(1);
    const done = submitAttempt(quiz, answerAll(started, 4));
    expect(done).toMatchObject({ attemptsUsed: 1, best: 67, passed: true, current: { submitted: true, score: 67 } });
    expect(attemptNumber(done)).toBe(1);
    expect(attemptsLeft(quiz, done)).toBe(1);
  });

  it('draws anew for the next attempt and keeps the best score and the pass', () => {
    const first = submitAttempt(quiz, answerAll(startAttempt(quiz, undefined, 'learner'), 6));
    const second = startAttempt(quiz, first, 'learner');
    expect(second.current!.items).toEqual(drawItems(quiz, attemptSeed('learner', 2)));
    expect(attemptNumber(second)).toBe(2);
    const done = submitAttempt(quiz, answerAll(second, 1));
    expect(done).toMatchObject({ attemptsUsed: 2, best: 100, passed: true, current: { score: 17 } });
    expect(attemptsLeft(quiz, done)).toBe(0);
    expect(() => startAttempt(quiz, done, 'learner')).toThrow(/no attempts left/);
  });

  it('fails an attempt below the pass mark', () => {
    const done = submitAttempt(quiz, answerAll(startAttempt(quiz, undefined, 'learner'), 3));
    expect(done.passed).toBe(false);
    expect(done.current!.score).toBe(50);
  });

  it('allows unlimited attempts when attempts is 0', () => {
    let p = startAttempt({ ...quiz, attempts: 0 }, undefined, 'learner');
    for (let n = 0; n < 12; n += 1) p = startAttempt({ ...quiz, attempts: 0 }, submitAttempt(quiz, p), 'learner');
    expect(attemptsLeft({ attempts: 0 }, p)).toBe('unlimited');
    expect(p.attemptsUsed).toBe(12);
  });

  it('refuses answers outside the attempt, repeated answers and a second open attempt', () => {
    const started = startAttempt(quiz, undefined, 'learner');
    const id = started.current!.items[0]!;
    const once = answerItem(quiz, started, id, rightResponses[id]!);
    expect(() => answerItem(quiz, once, id, rightResponses[id]!)).toThrow(/already answered/);
    expect(() => answerItem(quiz, started, 'other', { kind: 'true-false', value: true })).toThrow(/not part of this attempt/);
    expect(() => startAttempt(quiz, started, 'learner')).toThrow(/open attempt/);
    expect(() => submitAttempt(quiz, submitAttempt(quiz, started))).toThrow(/no open attempt/);
  });
});
