import { describe, expect, it } from 'vitest';
import type { LearnerProgress } from '../progress.ts';
import { dialogue, makeCourse, module, page, quiz, reflection, sampleCourse } from '../test-course.ts';
import { randomProgress } from './random-progress.ts';
import { decodeResume, encodeResume } from './resume-codec.ts';
import { worstCaseProgress } from './worst-case.ts';

const course = sampleCourse();

/** Progress touching every activity type, with text that would break a naive encoding. */
const rich: LearnerProgress = {
  location: 'feedback/looking-back',
  certificate: { issuedOn: '2025-06-30', code: 'WM-7K3Q-9XPD-4', name: 'Åse Øvergård-Ærø "Zoë" 🙂' },
  activities: {
    'welcome/intro': { status: 'completed', detail: { type: 'page' } },
    'welcome/first-day': { status: 'in-progress', detail: { type: 'dialogue', path: ['lecture', 'apologise'], best: 66.67, ending: 'good-end' } },
    'welcome/check': {
      status: 'in-progress',
      detail: {
        type: 'quiz',
        attemptsUsed: 1,
        best: 50,
        passed: false,
        current: {
          items: ['fill', 'order', 'single', 'multi', 'tf', 'match'],
          answers: {
            fill: { kind: 'fill-in', text: 'listen | "first" \\ then\nact 😀' },
            order: { kind: 'ordering', order: ['o4', 'o1', 'o3', 'o2'] },
            single: { kind: 'single-choice', option: 'o3' },
            multi: { kind: 'multiple-response', options: ['o5', 'o1'] },
            tf: { kind: 'true-false', value: false },
            match: { kind: 'matching', matches: { p1: 'p3', p3: 'p1' } },
          },
          submitted: false,
        },
      },
    },
    'feedback/sort-it': {
      status: 'in-progress',
      detail: {
        type: 'feedback-exercise',
        stage: 'rate',
        written: 'Goed gedaan, maar… 1|2|3.\n\nNeste gang: spør først.',
        sorted: { s1: 'vague', s3: 'specific' },
        checked: true,
        ratings: { kind: 'strong' },
        score: 33.33,
      },
    },
    'feedback/looking-back': {
      status: 'completed',
      detail: { type: 'reflection', answers: { what: '', next: 'Ærlig talt: 👍🏽 mer tid.\r\nOK.' }, submitted: true },
    },
    'finish/certificate': { status: 'completed', detail: { type: 'certificate' } },
  },
};

const roundTrip = (p: LearnerProgress, c = course) => decodeResume(c, encodeResume(c, p));

describe('resume state', () => {
  it('gives back exactly what it stored, unicode, quotes, newlines and its own characters included', () => {
    expect(roundTrip(rich)).toEqual({ progress: rich, problems: [] });
  });

  it('round-trips the worst case and hundreds of random valid states', () => {
    expect(roundTrip(worstCaseProgress(course))).toEqual({ progress: worstCaseProgress(course), problems: [] });
    for (let seed = 1; seed <= 300; seed += 1) {
      const p = randomProgress(course, seed);
      expect(roundTrip(p), `seed ${seed}`).toEqual({ progress: p, problems: [] });
    }
  });

  it('starts afresh without problems when there is no state', () => {
    for (const raw of [undefined, null, '']) expect(decodeResume(course, raw)).toEqual({ progress: { activities: {} }, problems: [] });
  });

  it('uses only printable ASCII outside learner text', () => {
    const noText: LearnerProgress = { ...rich, certificate: { issuedOn: '2025-06-30', code: 'WM-7K3Q-9XPD-4' }, activities: { ...rich.activities } };
    delete noText.activities['feedback/looking-back'];
    delete noText.activities['feedback/sort-it'];
    delete noText.activities['welcome/check'];
    expect(encodeResume(course, noText)).toMatch(/^[\x21-\x7e]+$/);
  });

  it('costs learner text its length plus a short prefix, whatever the characters', () => {
    const withAnswer = (answer: string): LearnerProgress => ({
      activities: { 'feedback/looking-back': { status: 'in-progress', detail: { type: 'reflection', answers: { what: answer }, submitted: false } } },
    });
    const size = (answer: string) => encodeResume(course, withAnswer(answer)).length;
    const sizes = ['a', '"', '|', '\\', '\n', 'æ', '.', '0', '\u0000'].map((c) => size(c.repeat(150)));
    expect(new Set(sizes).size).toBe(1);
    // One more character for the longer length prefix, one for the longer record head.
    expect(size('a'.repeat(150)) - size('')).toBe(150 + 2);
  });

  it('cuts over-long text to the field maxLength without splitting an emoji', () => {
    const long = (text: string): LearnerProgress => ({
      activities: { 'feedback/looking-back': { status: 'in-progress', detail: { type: 'reflection', answers: { next: text }, submitted: false } } },
    });
    const answer = (text: string) => {
      const d = roundTrip(long(text)).progress.activities['feedback/looking-back']?.detail;
      return d?.type === 'reflection' ? d.answers.next : undefined;
    };
    expect(answer('x'.repeat(150))).toBe('x'.repeat(100));
    expect(answer(`${'x'.repeat(99)}🙂🙂`)).toBe('x'.repeat(99));
  });

  it('never throws on a state cut short anywhere, keeps every whole record and says it was cut', () => {
    const full = encodeResume(course, rich);
    for (let end = 1; end < full.length; end += 1) {
      const { progress, problems } = decodeResume(course, full.slice(0, end));
      expect(problems.length, `cut at ${end}`).toBeGreaterThan(0);
      for (const [key, entry] of Object.entries(progress.activities)) expect(entry).toEqual(rich.activities[key]);
    }
    // Cut just before the end mark: every record is whole, only the cut is reported.
    const almost = decodeResume(course, full.slice(0, -1));
    expect(almost.progress).toEqual(rich);
    expect(almost.problems).toEqual([expect.stringContaining('cut short')]);
  });

  it('never throws on random damage and keeps records it can still read', () => {
    const full = encodeResume(course, rich);
    for (let i = 0; i < full.length; i += 1) {
      for (const c of ['0', '_', '.', 'z', '\u0000']) {
        const damaged = full.slice(0, i) + c + full.slice(i + 1);
        expect(() => decodeResume(course, damaged)).not.toThrow();
      }
    }
    expect(() => decodeResume(course, 'garbage that is not a state')).not.toThrow();
    expect(decodeResume(course, 42 as unknown as string).problems).toEqual(['The stored state is not text.']);
  });

  it('drops a record with an impossible index but keeps the records after it', () => {
    const p: LearnerProgress = {
      activities: {
        'welcome/first-day': { status: 'in-progress', detail: { type: 'dialogue', path: ['listen'] } },
        'feedback/sort-it': rich.activities['feedback/sort-it']!,
      },
    };
    const full = encodeResume(course, p);
    // The dialogue record ends in head `d` (3 characters, in progress) and body `flags count choice`.
    expect(full.split('d010').length).toBe(2);
    // Point its one choice past the end of the dialogue's choice list.
    const damaged = full.replace('d010', 'd01v');
    const { progress, problems } = decodeResume(course, damaged);
    expect(progress.activities).toEqual({ 'feedback/sort-it': p.activities['feedback/sort-it'] });
    expect(problems).toEqual([expect.stringContaining('welcome/first-day')]);
  });

  it('refuses a state of an unknown format version', () => {
    const raw = `2${encodeResume(course, rich).slice(1)}`;
    const { progress, problems } = decodeResume(course, raw);
    expect(progress).toEqual({ activities: {} });
    expect(problems).toEqual([expect.stringContaining('format version 2')]);
  });

  it('refuses a state saved by another course', () => {
    const other = sampleCourse({ id: 'another-course' });
    const { progress, problems } = decodeResume(other, encodeResume(course, rich));
    expect(progress).toEqual({ activities: {} });
    expect(problems).toEqual([expect.stringContaining('another course')]);
  });

  it('keeps progress in unchanged activities when the course changed, by fingerprint, and drops the rest', () => {
    const v1 = makeCourse([module('m', [page('a'), dialogue('talk'), quiz('check'), reflection('think')])]);
    const progress: LearnerProgress = {
      location: 'm/think',
      activities: {
        'm/a': { status: 'completed', detail: { type: 'page' } },
        'm/talk': { status: 'completed', detail: { type: 'dialogue', path: [], best: 100, ending: 'good-end' } },
        'm/check': { status: 'in-progress', detail: { type: 'quiz', attemptsUsed: 1, passed: false } },
        'm/think': { status: 'in-progress', detail: { type: 'reflection', answers: { what: 'Notes' }, submitted: false } },
      },
    };
    // Version 2 replaces page `a` with two pages, so everything moves, and adds a quiz item.
    const v2 = makeCourse([
      module('m', [page('new'), page('newer'), dialogue('talk'), quiz('check', { items: [...v1Items(v1), extraItem] }), reflection('think')]),
    ]);
    const { progress: kept, problems } = decodeResume(v2, encodeResume(v1, progress));
    expect(kept).toEqual({ location: 'm/think', activities: { 'm/talk': progress.activities['m/talk'], 'm/think': progress.activities['m/think'] } });
    expect(problems).toEqual([
      expect.stringContaining('another version of this course'),
      expect.stringContaining('activity #0'),
      expect.stringContaining('activity #2'),
    ]);
  });

  it('reads the same state in every locale, because only ids are fingerprinted', () => {
    const dutch = sampleCourse({ locale: 'nl', title: 'Testcursus' });
    expect(decodeResume(dutch, encodeResume(course, rich))).toEqual({ progress: rich, problems: [] });
  });

  it('leaves out what does not belong to the course instead of failing', () => {
    const p: LearnerProgress = {
      location: 'nowhere/at-all',
      activities: {
        'gone/away': { status: 'completed', detail: { type: 'page' } },
        'welcome/intro': { status: 'completed', detail: { type: 'reflection', answers: {}, submitted: true } },
        'welcome/first-day': { status: 'in-progress', detail: { type: 'dialogue', path: ['listen', 'no-such-choice'] } },
      },
    };
    expect(roundTrip(p)).toEqual({
      progress: { activities: { 'welcome/first-day': { status: 'in-progress', detail: { type: 'dialogue', path: ['listen'] } } } },
      problems: [],
    });
  });
});

const v1Items = (c: ReturnType<typeof makeCourse>) => {
  const a = c.modules[0]!.activities.find((x) => x.type === 'quiz');
  return a?.type === 'quiz' ? a.items : [];
};
const extraItem = { id: 'extra', kind: 'true-false', prompt: 'New?', feedback: { correct: 'Yes.', incorrect: 'No.' }, correct: true };
