import { describe, expect, it } from 'vitest';
import type { QuizItem } from '../../../../course/schema/activities/quiz.ts';
import { cmiIdentifier, cmiLocation } from './cmi-identifier.ts';
import { cmiRawScore, cmiScaledScore } from './cmi-score.ts';
import { joinWithin, truncate } from './cmi-text.ts';
import { displayName } from './learner-name.ts';
import { correctResponses } from './quiz-correct-responses.ts';
import { keepHeld, type HeldRules } from './held-results.ts';
import { SCORM12_HELD } from '../scorm12/scorm12-mapping.ts';
import { SCORM2004_HELD } from '../scorm2004/scorm2004-mapping.ts';

describe('SCORM values', () => {
  it('turns "Last, First" into "First Last" for the certificate', () => {
    expect(displayName('Janssens, Emma')).toBe('Emma Janssens');
    expect(displayName('  Van den Broeck ,  Lotte Marie ')).toBe('Lotte Marie Van den Broeck');
    expect(displayName('Emma Janssens')).toBe('Emma Janssens');
    expect(displayName('Cher,')).toBe('Cher');
    expect(displayName('  ')).toBeUndefined();
  });

  it('builds stable identifiers of printable ASCII without spaces', () => {
    expect(cmiIdentifier('module-1', 'quiz', 'item-2')).toBe('module-1.quiz.item-2');
    expect(cmiIdentifier('a b', 'ø\t', 'x')).toBe('a_b.__.x');
    expect(cmiIdentifier('m', 'x'.repeat(300))).toHaveLength(255);
    expect(cmiLocation('m', 'a', 3)).toBe('m/a');
  });

  it('cuts text without splitting a character and lists between entries', () => {
    expect(truncate('ab🙂', 3)).toBe('ab');
    expect(truncate('abc', 3)).toBe('abc');
    expect(joinWithin(['aa', 'bb', 'cc'], ',', 5)).toBe('aa,bb');
    expect(joinWithin(['toolong'], ',', 3)).toBe('');
  });

  it('sends scores 0-100 with two decimals and scaled 0..1', () => {
    expect(cmiRawScore(66.6666)).toBe('66.67');
    expect(cmiRawScore(120)).toBe('100');
    expect(cmiRawScore(-1)).toBe('0');
    expect(cmiScaledScore(66.6666)).toBe('0.6667');
    expect(cmiScaledScore(100)).toBe('1');
  });

  it('gives the right answers of every quiz item kind as responses', () => {
    const base = { prompt: 'p', feedback: { correct: 'y', incorrect: 'n' } };
    const items: QuizItem[] = [
      { ...base, id: 'a', kind: 'single-choice', options: [], correct: 'o2' },
      { ...base, id: 'b', kind: 'multiple-response', options: [], correct: ['o1', 'o3'] },
      { ...base, id: 'c', kind: 'true-false', correct: true },
      { ...base, id: 'd', kind: 'matching', pairs: [{ id: 'p1', prompt: 'x', match: 'y' }, { id: 'p2', prompt: 'x', match: 'y' }] },
      { ...base, id: 'e', kind: 'ordering', steps: [{ id: 's1', text: 'x' }, { id: 's2', text: 'y' }] },
      { ...base, id: 'f', kind: 'fill-in', accept: ['veilig', 'veiligheid'], caseSensitive: false, maxLength: 60 },
    ];
    expect(items.map(correctResponses)).toEqual([
      [{ kind: 'single-choice', option: 'o2' }],
      [{ kind: 'multiple-response', options: ['o1', 'o3'] }],
      [{ kind: 'true-false', value: true }],
      [{ kind: 'matching', matches: { p1: 'p1', p2: 'p2' } }],
      [{ kind: 'ordering', order: ['s1', 's2'] }],
      [
        { kind: 'fill-in', text: 'veilig' },
        { kind: 'fill-in', text: 'veiligheid' },
      ],
    ]);
  });
});

/** Both versions' rules at once, as these tests mix their elements. */
const rules: HeldRules = {
  statuses: { ...SCORM12_HELD.statuses, ...SCORM2004_HELD.statuses },
  numbers: { ...SCORM12_HELD.numbers, ...SCORM2004_HELD.numbers },
};

describe('results held at launch', () => {
  it('drops writes that would lower a status, and a lower score with its companions', () => {
    const held = { 'cmi.core.lesson_status': 'passed', 'cmi.score.raw': '80', 'cmi.completion_status': 'completed' };
    expect(keepHeld([['cmi.core.lesson_status', 'completed']], held, rules)).toEqual([]);
    expect(keepHeld([['cmi.core.lesson_status', 'passed']], held, rules)).toEqual([['cmi.core.lesson_status', 'passed']]);
    expect(keepHeld([['cmi.completion_status', 'incomplete'], ['cmi.location', 'm/a']], held, rules)).toEqual([['cmi.location', 'm/a']]);
    expect(
      keepHeld(
        [
          ['cmi.score.scaled', '0.5'],
          ['cmi.score.raw', '50'],
          ['cmi.score.min', '0'],
        ],
        held,
        rules,
      ),
    ).toEqual([]);
    expect(keepHeld([['cmi.score.raw', '90']], held, rules)).toEqual([['cmi.score.raw', '90']]);
  });

  it('lets a completed course become passed, and anything through when the LMS held nothing', () => {
    expect(keepHeld([['cmi.core.lesson_status', 'passed']], { 'cmi.core.lesson_status': 'completed' }, rules)).toEqual([['cmi.core.lesson_status', 'passed']]);
    expect(keepHeld([['cmi.core.lesson_status', 'incomplete']], {}, rules)).toEqual([['cmi.core.lesson_status', 'incomplete']]);
  });
});
