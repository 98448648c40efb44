import { describe, expect, it } from 'vitest';
import type { LearnerProgress } from '../progress.ts';
import { verificationCode } from '../verification-code.ts';
import { dialogue, makeCourse, module, page, quiz, reflection, sampleCourse } from '../test-course.ts';
import { courseLayout, FINGERPRINT_BITS } from './course-layout.ts';
import { randomProgress } from './random-progress.ts';
import { encodeResume } from './resume-codec.ts';
import { decodeResume } from './decode-resume.ts';
import { ALPHABET_START, BITS_PER_CHAR, stateChar } from './state-alphabet.ts';
import { checkValue } from './state-format.ts';
import { worstCaseProgress } from './worst-case.ts';

const course = sampleCourse();
const code = verificationCode({ courseId: course.id, version: course.version, learnerId: 'åse', issuedOn: '2025-06-30' });

/** Progress touching every activity type, with text that would break a naive encoding. */
const rich: LearnerProgress = {
  location: 'feedback/looking-back',
  certificate: { issuedOn: '2025-06-30', code, name: 'Åse Øvergård-Ærø "Zoë" 🙂 一丁' },
  activities: {
    'welcome/intro': { status: 'completed', detail: { type: 'page' } },
    'welcome/first-day': { status: 'completed', detail: { type: 'dialogue', path: ['lecture', 'apologise'], best: 67, ending: 'good-end' } },
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
            multi: { kind: 'multiple-response', options: ['o1', 'o5'] },
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
        written: 'Goed gedaan, maar… 1|2|3.\n\nNeste gang: spør først. 丁',
        sorted: { s1: 'vague', s3: 'specific' },
        checked: true,
        ratings: { kind: 'strong' },
        score: 33,
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

/** The state's structure as a string of bits (everything before the first learner text). */
const bitsOf = (chars: string): string => [...chars].map((c) => (c.charCodeAt(0) - ALPHABET_START).toString(2).padStart(BITS_PER_CHAR, '0')).join('');
const charsOf = (bits: string): string => (bits.match(new RegExp(`.{1,${BITS_PER_CHAR}}`, 'g')) ?? []).map((b) => stateChar(parseInt(b.padEnd(BITS_PER_CHAR, '0'), 2))).join('');
/** `state` with its check character computed again, as if it had been written that way. */
const resealed = (state: string): string => state.slice(0, -1) + stateChar(checkValue(state.slice(0, -1)));

describe('resume state', () => {
  it('gives back exactly what it stored, unicode, quotes, newlines and its own alphabet included', () => {
    expect(roundTrip(rich)).toEqual({ progress: rich, problems: [] });
  });

  it('round-trips the worst case and hundreds of random valid states', () => {
    expect(roundTrip(worstCaseProgress(course))).toEqual({ progress: worstCaseProgress(course), problems: [] });
    for (let seed = 1; seed <= 300; seed += 1) {
      const p = randomProgress(course, seed);
      expect(roundTrip(p), `seed ${seed}`).toEqual({ progress: p, problems: [] });
    }
  });

  it('round-trips every activity kind in a course with long lists, draws and every item kind', () => {
    const big = makeCourse([
      module('a', [page('p'), quiz('q', { draw: 4, shuffle: true }), dialogue('d'), reflection('r', { prompts: Array.from({ length: 6 }, (_, i) => ({ id: `p${i}`, text: 'Why?', maxLength: 4000 })) })]),
      module('b', Array.from({ length: 40 }, (_, i) => page(`p${i}`))),
    ]);
    for (let seed = 1; seed <= 200; seed += 1) {
      const p = randomProgress(big, seed);
      expect(roundTrip(p, big), `seed ${seed}`).toEqual({ progress: p, problems: [] });
    }
  });

  it('starts afresh without problems when there is no state', () => {
    for (const raw of [undefined, null, '']) expect(decodeResume(course, raw)).toEqual({ progress: { activities: {} }, problems: [] });
  });

  it('writes the structure in 14-bit characters of one CJK block only', () => {
    const noText: LearnerProgress = { ...rich, certificate: { issuedOn: '2025-06-30', code }, activities: { ...rich.activities } };
    for (const key of ['feedback/looking-back', 'feedback/sort-it', 'welcome/check']) delete noText.activities[key];
    expect(encodeResume(course, noText)).toMatch(/^[\u4e00-\u8dff]+$/);
  });

  it('derives the status from the detail instead of storing it', () => {
    const p: LearnerProgress = { activities: { 'welcome/first-day': { status: 'not-started', detail: { type: 'dialogue', path: [], best: 40 } } } };
    expect(roundTrip(p).progress.activities['welcome/first-day']?.status).toBe('completed');
  });

  it('keeps a multiple response as the set it is, in the item order', () => {
    const p: LearnerProgress = {
      activities: {
        'welcome/check': {
          status: 'in-progress',
          detail: { type: 'quiz', attemptsUsed: 0, passed: false, current: { items: ['multi'], answers: { multi: { kind: 'multiple-response', options: ['o5', 'o2', 'o5'] } }, submitted: false } },
        },
      },
    };
    const back = roundTrip(p).progress.activities['welcome/check']?.detail;
    expect(back?.type === 'quiz' && back.current?.answers.multi).toEqual({ kind: 'multiple-response', options: ['o2', 'o5'] });
  });

  it('costs learner text exactly its length, whatever the characters', () => {
    const withAnswer = (answer: string): LearnerProgress => ({
      activities: { 'feedback/looking-back': { status: 'in-progress', detail: { type: 'reflection', answers: { what: answer }, submitted: false } } },
    });
    const size = (answer: string) => encodeResume(course, withAnswer(answer)).length;
    const sizes = ['a', '"', '|', '\\', '\n', 'æ', '.', '0', '\u0000', '一', '\ud83d\ude00'].map((c) => size(c.repeat(150 / c.length)));
    expect(new Set(sizes).size).toBe(1);
    // The length (12 bits) is written whether the answer is empty or not.
    expect(size('a'.repeat(150)) - size('')).toBe(150);
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

  it('never throws on a state cut short anywhere, keeps only whole records and says it was cut', () => {
    const full = encodeResume(course, rich);
    for (let end = 1; end < full.length; end += 1) {
      const { progress, problems } = decodeResume(course, full.slice(0, end));
      expect(problems.length, `cut at ${end}`).toBeGreaterThan(0);
      for (const [key, entry] of Object.entries(progress.activities)) expect(entry, `cut at ${end}`).toEqual(rich.activities[key]);
      if (progress.certificate) expect(progress.certificate).toMatchObject({ issuedOn: rich.certificate!.issuedOn, code: rich.certificate!.code });
    }
    // Cut just before the check character: every text is whole, only the cut is reported.
    const almost = decodeResume(course, full.slice(0, -1));
    expect(almost.progress).toEqual(rich);
    expect(almost.problems).toEqual([expect.stringContaining('cut short')]);
  });

  it('loses only the records whose text an LMS cut off', () => {
    const full = encodeResume(course, rich);
    // The reflection's answer is the last text: cutting into it leaves the others whole.
    const { progress, problems } = decodeResume(course, full.slice(0, -10));
    const { 'feedback/looking-back': lost, ...others } = rich.activities;
    expect(lost).toBeDefined();
    expect(progress.activities).toEqual(others);
    expect(problems).toEqual([expect.stringContaining('cut short'), expect.stringContaining('feedback/looking-back')]);
  });

  it('never throws on random damage', () => {
    const full = encodeResume(course, rich);
    for (let i = 0; i < full.length; i += 1) {
      for (const c of ['0', '.', '\u0000', '\u4e00', '\u8dff', '\u6000', '\ud800']) {
        expect(() => decodeResume(course, full.slice(0, i) + c + full.slice(i + 1))).not.toThrow();
        expect(() => decodeResume(course, resealed(full.slice(0, i) + c + full.slice(i + 1)))).not.toThrow();
      }
    }
    expect(() => decodeResume(course, 'garbage that is not a state')).not.toThrow();
    expect(() => decodeResume(course, '\u4e00\u4e00\u4e00')).not.toThrow();
    expect(decodeResume(course, 42 as unknown as string).problems).toEqual(['The stored state is not text.']);
  });

  it('says when a state was changed after it was saved (its check character no longer matches)', () => {
    const full = encodeResume(course, rich);
    const at = full.indexOf('Goed');
    const { progress, problems } = decodeResume(course, `${full.slice(0, at)}Good${full.slice(at + 4)}`);
    expect(problems).toEqual([expect.stringContaining('check character')]);
    expect(progress.activities['feedback/sort-it']?.detail).toMatchObject({ written: expect.stringMatching(/^Good gedaan/) });
  });

  it('drops a record that does not read back, alone, and keeps the records after it', () => {
    const p: LearnerProgress = {
      activities: {
        'welcome/first-day': { status: 'in-progress', detail: { type: 'dialogue', path: ['listen'] } },
        'feedback/sort-it': rich.activities['feedback/sort-it']!,
      },
    };
    const full = encodeResume(course, p);
    const structureChars = full.length - 1 - 'Goed gedaan, maar… 1|2|3.\n\nNeste gang: spør først. 丁'.length;
    const bits = bitsOf(full.slice(0, structureChars));
    // The dialogue's record: its fingerprint, hasBody, a 7-bit body length (Exp-Golomb 6: `1` + 6 bits), no texts (`1`), then its number.
    const fingerprint = courseLayout(course).byKey.get('welcome/first-day')!.fingerprint.toString(2).padStart(FINGERPRINT_BITS, '0');
    const start = bits.indexOf(`${fingerprint}11`);
    expect(start).toBeGreaterThan(0);
    const length = start + FINGERPRINT_BITS + 2;
    const bodyBits = parseInt(bits.slice(length, length + 6), 2) + 1;
    const number = length + 6 + 1;
    const damaged = bits.slice(0, number) + '1'.repeat(bodyBits - 1) + bits.slice(number + bodyBits - 1);
    const { progress, problems } = decodeResume(course, resealed(charsOf(damaged) + full.slice(structureChars)));
    expect(progress.activities).toEqual({ 'feedback/sort-it': p.activities['feedback/sort-it'] });
    expect(problems).toEqual([expect.stringContaining('welcome/first-day')]);
  });

  it('refuses a state of an unknown format version', () => {
    const full = encodeResume(course, rich);
    const bits = bitsOf(full.slice(0, 1));
    const raw = charsOf(`0011${bits.slice(4)}`) + full.slice(1);
    const { progress, problems } = decodeResume(course, raw);
    expect(progress).toEqual({ activities: {} });
    expect(problems).toEqual([expect.stringContaining('format version 3')]);
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

  it('follows activities that moved together: a page added at the start keeps everything after it', () => {
    const before = makeCourse([module('m', [page('a'), dialogue('talk'), reflection('think')]), module('n', [page('b'), page('c')])]);
    const after = makeCourse([module('m', [page('new'), page('a'), dialogue('talk'), reflection('think')]), module('n', [page('b'), page('c')])]);
    const p = randomProgress(before, 3);
    const all: LearnerProgress = { ...p, activities: Object.fromEntries(courseLayout(before).activities.map((a) => [a.key, p.activities[a.key] ?? { status: 'completed', detail: { type: 'page' } }])) };
    all.activities['m/talk'] = { status: 'completed', detail: { type: 'dialogue', path: ['listen'], best: 80 } };
    all.activities['m/think'] = { status: 'completed', detail: { type: 'reflection', answers: { what: 'x' }, submitted: true } };
    const { progress: kept, problems } = decodeResume(after, encodeResume(before, all));
    expect(kept.activities).toEqual(all.activities);
    expect(problems).toEqual([expect.stringContaining('another version of this course')]);
  });

  it('reads the same state in every locale, because only ids are fingerprinted', () => {
    const dutch = sampleCourse({ locale: 'nl', title: 'Testcursus' });
    expect(decodeResume(dutch, encodeResume(course, rich))).toEqual({ progress: rich, problems: [] });
  });

  it('leaves out what does not belong to the course instead of failing', () => {
    const p: LearnerProgress = {
      location: 'nowhere/at-all',
      certificate: { issuedOn: 'yesterday', code: 'not a code' },
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

describe('resume state: the final assessment round', () => {
  const withFinal = makeCourse([module('a', [page('p'), quiz('q')]), module('final', [quiz('exam', { attempts: 0, draw: 3, shuffle: true })])], {
    finalAssessment: { activity: 'final/exam', attempts: 3, retryAfterHours: 24 },
  });
  const exam = (extra: object) => ({
    activities: { 'final/exam': { status: 'in-progress' as const, detail: { type: 'quiz' as const, attemptsUsed: 6, passed: false, best: 50, ...extra } } },
  });

  it('keeps the start of the round and the minute of the last attempt', () => {
    const p = exam({ roundStart: 4, lastAttemptAt: 30_000_123 });
    expect(roundTrip(p, withFinal)).toEqual({ progress: p, problems: [] });
    for (let seed = 1; seed <= 200; seed += 1) {
      const random = randomProgress(withFinal, seed);
      expect(roundTrip(random, withFinal), `seed ${seed}`).toEqual({ progress: random, problems: [] });
    }
  });

  it('reads a state saved before rounds existed, and writes nothing extra until there is a round', () => {
    const before = exam({});
    const saved = encodeResume(withFinal, before);
    expect(decodeResume(withFinal, saved)).toEqual({ progress: before, problems: [] });
    expect(encodeResume(withFinal, exam({ lastAttemptAt: 30_000_000 })).length).toBeGreaterThan(saved.length);
  });

  it('stores a round only for the final assessment', () => {
    const moduleQuiz = { activities: { 'a/q': { status: 'in-progress' as const, detail: { type: 'quiz' as const, attemptsUsed: 1, passed: false, roundStart: 1, lastAttemptAt: 30_000_000 } } } };
    expect(decodeResume(withFinal, encodeResume(withFinal, moduleQuiz)).progress.activities['a/q']!.detail).toEqual({ type: 'quiz', attemptsUsed: 1, passed: false });
  });
});
