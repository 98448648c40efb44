import { describe, expect, it } from 'vitest';
import type { LearnerProgress } from '../../progress.ts';
import { dialogue, makeCourse, module, page, quiz, reflection, sampleCourse } from '../../test-course.ts';
import { randomProgress } from '../random-progress.ts';
import { encodeResume } from '../resume-codec.ts';
import { decodeResume } from '../decode-resume.ts';
import { encodeResumeV1 } from './v1-codec.ts';

const course = sampleCourse();

/** What players before format 2 stored for `rich` (below), copied from a state they wrote. */
const STORED_RICH = "1A7yESs74-xqa2025-06-30eWM-7K3Q-9XPD-4pÅse Øvergård-Ærø \"Zoë\" 🙂0Hgb21B79x13Jwn32122n3OE151z4654012365ulisten | \"first\" \\ then\nact 😀443021021240203202203JsZE1txiGoed gedaan, maar… 1|2|3.\n\nNeste gang: spør først.CMb201201124-xqAi12001uÆrlig talt: 👍🏽 mer tid.\r\nOK.6fPo2.";
/** What players before format 2 stored for the largest progress of the sample course. */
const STORED_WORST = "1A7yESs76fPoa2099-12-31eWM-RB4Q-A946-2ygæøå|\"'\\\n🙂ĳ€<&>~_-0wæøå|\"'\\\n🙂ĳ€<&>~_-0wæøå|\"'\\\n🙂ĳ€<&>~_-0wæøå|\"'\\\n🙂ĳ€<&>~_-0w0Hgb21B79x63PMv331242n3OGiv3PMv6531402PMv65x8æøå|\"'\\\n🙂ĳ€<&>~_-0wæøå|\"'\\\n🙂ĳ€<&>~_-0w33021120150123444321003213JsZxDquFcæøå|\"'\\\n🙂ĳ€<&>~_-0wæøå|\"'\\\n🙂ĳ€<&>~_-0wæøå|\"'\\\n🙂ĳ€<&>~_-0wæøå|\"'\\\n🙂ĳ€<&>~_-0wæøå|\"'\\\n🙂ĳ€<&>~_-0wæøå|\"'\\\n🙂ĳ€<&>~_-0wæøå|\"'\\\n🙂ĳ€<&>~_-0wæøå|\"'\\\n🙂ĳ€<&>~_-0wæøå|\"'\\\n🙂ĳ€<&>~_-0wæøå|\"'\\\n🙂ĳ€<&>~_-0wæøå|\"'\\\n🙂ĳ€<&>~_-0wæøå|\"'\\\n🙂ĳ€<&>~_-0wæøå|\"'\\\n🙂ĳ€<&>~_-0wæøå|\"'\\\n🙂ĳ€<&>~_-0wæøå|\"'\\\n🙂ĳ€<&>~_-0wPMv3011121202124-xqxCi120C8æøå|\"'\\\n🙂ĳ€<&>~_-0wæøå|\"'\\\n🙂ĳ€<&>~_-0wæøå|\"'\\\n🙂ĳ€<&>~_-0wæøå|\"'\\\n🙂ĳ€<&>~_-0wæøå|\"'\\\n🙂ĳ€<&>~_-0wæøå|\"'\\\n🙂ĳ€<&>~_-0wæøå|\"'\\\n🙂ĳ€<&>~_-0wæøå|\"'\\\n🙂ĳ€<&>~_-0wæøå|\"'\\\n🙂ĳ€<&>~_-0wæøå|\"'\\\n🙂ĳ€<&>~_-0w1z4æøå|\"'\\\n🙂ĳ€<&>~_-0wæøå|\"'\\\n🙂ĳ€<&>~_-0wæøå|\"'\\\n🙂ĳ€<&>~_-0wæøå|\"'\\\n🙂ĳ€<&>~_-0wæøå|\"'\\\n🙂ĳ€<&>~_-0w5uAF26fPo2.";

/** The progress `STORED_RICH` holds: format 1 kept fractional scores and the stored status. */
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

describe('resume state, format 1 (what LMSs hold from earlier players)', () => {
  it('still decodes a state an earlier player stored, exactly', () => {
    expect(encodeResumeV1(course, rich)).toBe(STORED_RICH);
    expect(decodeResume(course, STORED_RICH)).toEqual({ progress: rich, problems: [] });
  });

  it('still decodes the largest state an earlier player could store, texts whole', () => {
    const { progress, problems } = decodeResume(course, STORED_WORST);
    expect(problems).toEqual([]);
    expect(Object.keys(progress.activities)).toHaveLength(course.modules.flatMap((m) => m.activities).length);
    const answers = progress.activities['feedback/looking-back']?.detail;
    expect(answers?.type === 'reflection' && [answers.answers.what?.length, answers.answers.next?.length]).toEqual([200, 100]);
    expect(progress.certificate?.name).toHaveLength(80);
  });

  it('decodes hundreds of random states as an earlier player wrote them', () => {
    for (let seed = 1; seed <= 200; seed += 1) {
      const p = randomProgress(course, seed);
      expect(decodeResume(course, encodeResumeV1(course, p)), `seed ${seed}`).toEqual({ progress: p, problems: [] });
    }
  });

  it('is saved again as format 2, with the same progress', () => {
    const { progress } = decodeResume(course, encodeResumeV1(course, randomProgress(course, 5)));
    const again = encodeResume(course, progress);
    expect(again.charCodeAt(0)).toBeGreaterThanOrEqual(0x4e00);
    expect(decodeResume(course, again)).toEqual({ progress, problems: [] });
  });

  it('never throws on a format-1 state cut short or damaged, and says so', () => {
    const full = encodeResumeV1(course, rich);
    for (let end = 1; end < full.length; end += 1) {
      const { progress, problems } = decodeResume(course, full.slice(0, end));
      expect(problems.length, `cut at ${end}`).toBeGreaterThan(0);
      for (const [key, entry] of Object.entries(progress.activities)) expect(entry).toEqual(rich.activities[key]);
    }
    for (let i = 0; i < full.length; i += 1) {
      for (const c of ['0', '_', '.', 'z', '\u0000', '一']) expect(() => decodeResume(course, full.slice(0, i) + c + full.slice(i + 1))).not.toThrow();
    }
  });

  it('refuses a format-1 state of another course', () => {
    const other = sampleCourse({ id: 'another-course' });
    expect(decodeResume(other, STORED_RICH)).toEqual({ progress: { activities: {} }, problems: [expect.stringContaining('another course')] });
  });

  it('keeps progress in unchanged activities of a changed course, as format 1 always did', () => {
    const v1 = makeCourse([module('m', [page('a'), dialogue('talk'), quiz('check'), reflection('think')])]);
    const progress: LearnerProgress = {
      location: 'm/think',
      activities: {
        'm/a': { status: 'completed', detail: { type: 'page' } },
        'm/talk': { status: 'completed', detail: { type: 'dialogue', path: [], best: 100, ending: 'good-end' } },
        'm/think': { status: 'in-progress', detail: { type: 'reflection', answers: { what: 'Notes' }, submitted: false } },
      },
    };
    const v2 = makeCourse([module('m', [page('new'), dialogue('talk'), quiz('check'), reflection('think')])]);
    const { progress: kept, problems } = decodeResume(v2, encodeResumeV1(v1, progress));
    expect(kept).toEqual({ location: 'm/think', activities: { 'm/talk': progress.activities['m/talk'], 'm/think': progress.activities['m/think'] } });
    expect(problems).toEqual([expect.stringContaining('another version of this course'), expect.stringContaining('activity #0')]);
  });
});
