import { describe, expect, it } from 'vitest';
import { durationSeconds } from './duration-seconds.ts';
import type { KnownIris } from './placement.ts';
import { percentOf, readStatement } from './read-statement.ts';
import { learner, ratingScale, says, voiding } from '../testing/statement-builder.ts';

const known: KnownIris = { isCourse: () => false, moduleOf: () => undefined };
const read = (statement: object) => readStatement(JSON.stringify(statement), '2026-06-01T00:00:00.000Z', known);
const ana = learner({ name: 'Ana', email: 'ana@example.org', language: 'nl', cohort: 'Spring', registration: '6b3a0c4e-8a1f-4b6e-9a51-0f0e8b8c1d2e' });

describe('reading a statement', () => {
  it('reads who, when, cohort, language and the kind of answer', () => {
    const statement = read(says.quizItem(ana, 'intro', 'quiz', 'q1', 2, 'a[,]b', true, '2026-03-01T10:00:00+01:00'));
    expect(statement).toMatchObject({
      kind: 'placed',
      learner: { ifi: 'mbox|mailto:ana@example.org', name: 'Ana', identifier: 'ana@example.org' },
      at: '2026-03-01T09:00:00.000Z',
      cohort: 'Spring',
      language: 'nl',
      registration: '6b3a0c4e-8a1f-4b6e-9a51-0f0e8b8c1d2e',
      verb: 'answered',
      answer: { kind: 'response', attempt: 2, item: 'q1', success: true, fraction: 1, response: 'a[,]b' },
    });
    expect(read(says.choice(ana, 'm', 'd', 'n1', 'c1', 'good', '2026-03-01T10:00:00Z'))).toMatchObject({ answer: { kind: 'choice', node: 'n1', choice: 'c1', quality: 'good' } });
    expect(read(says.ending(ana, 'm', 'd', 'e1', 'mixed', '2026-03-01T10:00:00Z'))).toMatchObject({ answer: { kind: 'ending', ending: 'e1', outcome: 'mixed' } });
    expect(read(says.sorting(ana, 'm', 'x', 80, '2026-03-01T10:00:00Z'))).toMatchObject({ answer: { kind: 'sorting', score: 80, success: false } });
    expect(read(says.ratings(ana, 'm', 'x', { c1: 'l1' }, '2026-03-01T10:00:00Z'))).toMatchObject({ answer: { kind: 'ratings', ratings: [['c1', 'l1']] } });
    expect(read(says.completed(ana, 'm', 'p', 90, '2026-03-01T10:00:00Z'))).toMatchObject({ seconds: 90, answer: undefined });
  });

  it('reads the rubric a ratings statement describes, in its order, and ignores a scale it cannot trust', () => {
    const rate = (scale?: unknown) => read(says.ratings(ana, 'm', 'x', { c1: 'l1' }, '2026-03-01T10:00:00Z', scale));
    expect(rate(ratingScale('nl', [['l0', 'Nog niet'], ['l1', 'Volledig']], [['c1', 'Concreet']]))).toMatchObject({
      answer: {
        kind: 'ratings',
        ratings: [['c1', 'l1']],
        scale: { levels: [{ id: 'l0', texts: [['nl', 'Nog niet']] }, { id: 'l1', texts: [['nl', 'Volledig']] }], criteria: [{ id: 'c1', texts: [['nl', 'Concreet']] }] },
      },
    });
    // One bad list does not cost the other; a text that is not a language map costs only the text.
    expect(rate({ levels: [{ id: 'l1' }, { id: 'l1' }], criteria: [{ id: 'c1', description: 'Concreet' }] })).toMatchObject({ answer: { scale: { levels: [], criteria: [{ id: 'c1', texts: [] }] } } });
    for (const bad of [undefined, 'l0,l1', { levels: [{ id: 'l0' }, null] }, { levels: [{ id: '' }], criteria: {} }]) {
      expect(rate(bad), JSON.stringify(bad)).toMatchObject({ kind: 'placed', answer: { kind: 'ratings', ratings: [['c1', 'l1']], scale: undefined } });
    }
  });

  it('takes the registration as the cohort when there is no team', () => {
    const plain = learner({ name: 'Bo', email: 'bo@example.org', registration: '0b3a0c4e-8a1f-4b6e-9a51-0f0e8b8c1d2e' });
    expect(read(plain.course('initialized', '2026-03-01T10:00:00Z'))).toMatchObject({ cohort: '0b3a0c4e-8a1f-4b6e-9a51-0f0e8b8c1d2e', language: '' });
  });

  it('recognises voiding and skips what it cannot use, without throwing', () => {
    const target = ana.course('initialized', '2026-03-01T10:00:00Z');
    expect(read(voiding(target))).toEqual({ kind: 'voiding', target: target.id });
    expect(readStatement('{not json', '', known).kind).toBe('skipped');
    expect(read({ ...target, actor: { objectType: 'Group', member: [] } }).kind).toBe('skipped');
    expect(read({ ...target, object: { objectType: 'Agent', mbox: 'mailto:x@example.org' } }).kind).toBe('skipped');
    expect(read({ ...target, object: { id: 'https://elsewhere.example.org/a' }, context: undefined }).kind).toBe('skipped');
    expect(read({ ...target, context: { contextActivities: 'nonsense', extensions: 7 }, result: { duration: 12, score: 'x' } }).kind).toBe('placed');
  });

  it('reads durations and scores as our packages and other tools write them', () => {
    expect([durationSeconds('PT42.5S'), durationSeconds('PT1H2M'), durationSeconds('P1DT1S'), durationSeconds('P2W'), durationSeconds('PT0,5S')]).toEqual([42.5, 3720, 86401, 1_209_600, 0.5]);
    expect([durationSeconds('PT'), durationSeconds('P'), durationSeconds('-PT1S'), durationSeconds('soon'), durationSeconds(undefined)]).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect([percentOf({ scaled: 0.755 }), percentOf({ raw: 3, min: 0, max: 4 }), percentOf({ raw: 70 }), percentOf({ raw: 700 }), percentOf({ scaled: 1.5 }), percentOf(undefined)]).toEqual([75.5, 75, 70, null, 100, null]);
  });
});
