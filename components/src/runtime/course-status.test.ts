import { describe, expect, it } from 'vitest';
import type { ReportingMode } from '../../../course/schema/course.ts';
import { certificateEligible, courseStatus } from './course-status.ts';
import type { ActivityProgress, LearnerProgress } from './progress.ts';
import { certificate, dialogue, makeCourse, module, page, quiz, reflection } from './test-course.ts';

/** Two modules, three required activities (read, check, talk); pass mark 70. */
const courseIn = (reporting: ReportingMode) =>
  makeCourse(
    [
      module('basics', [page('read'), quiz('check', { attempts: 2 }), page('extra', { optional: true })]),
      module('practice', [dialogue('talk')]),
      module('finish', [certificate()]),
    ],
    { reporting, mastery: { passMark: 70 } },
  );

const read: [string, ActivityProgress] = ['basics/read', { status: 'completed', detail: { type: 'page' } }];
const quizAt = (best: number | undefined, attemptsUsed: number, passed: boolean): [string, ActivityProgress] => [
  'basics/check',
  { status: 'in-progress', detail: { type: 'quiz', attemptsUsed, passed, ...(best === undefined ? {} : { best }) } },
];
const talk = (best: number): [string, ActivityProgress] => ['practice/talk', { status: 'completed', detail: { type: 'dialogue', path: [], best } }];
const state = (...entries: [string, ActivityProgress][]): LearnerProgress => ({ activities: Object.fromEntries(entries) });

const situations = {
  'nothing done': state(),
  'half done, one weighted score': state(quizAt(100, 1, true)),
  'mastered before the last page': state(quizAt(100, 1, true), talk(80)),
  'complete and mastered': state(read, quizAt(100, 1, true), talk(80)),
  'complete, not mastered': state(read, quizAt(40, 2, false), talk(60)),
  'every score in, too low, not complete': state(quizAt(40, 1, false), talk(60)),
};
type Situation = keyof typeof situations;

const expected: Record<ReportingMode, Record<Situation, string>> = {
  'passed-incomplete': {
    'nothing done': 'incomplete',
    'half done, one weighted score': 'incomplete',
    'mastered before the last page': 'passed',
    'complete and mastered': 'passed',
    'complete, not mastered': 'incomplete',
    'every score in, too low, not complete': 'incomplete',
  },
  'passed-failed': {
    'nothing done': 'incomplete',
    'half done, one weighted score': 'incomplete',
    'mastered before the last page': 'passed',
    'complete and mastered': 'passed',
    'complete, not mastered': 'failed',
    'every score in, too low, not complete': 'incomplete',
  },
  'completed-incomplete': {
    'nothing done': 'incomplete',
    'half done, one weighted score': 'incomplete',
    'mastered before the last page': 'incomplete',
    'complete and mastered': 'completed',
    'complete, not mastered': 'completed',
    'every score in, too low, not complete': 'incomplete',
  },
  'completed-failed': {
    'nothing done': 'incomplete',
    'half done, one weighted score': 'incomplete',
    'mastered before the last page': 'incomplete',
    'complete and mastered': 'completed',
    'complete, not mastered': 'failed',
    'every score in, too low, not complete': 'incomplete',
  },
};

const cases = Object.entries(expected).flatMap(([mode, bySituation]) =>
  Object.entries(bySituation).map(([situation, status]) => [mode as ReportingMode, situation as Situation, status] as const),
);

describe('course status', () => {
  it.each(cases)('in %s mode, "%s" reports %s', (mode, situation, status) => {
    expect(courseStatus(courseIn(mode), situations[situation]).lmsStatus).toBe(status);
  });

  it.each([
    ['nothing done', { complete: false, progressMeasure: 0, score: undefined, passed: false }],
    ['half done, one weighted score', { complete: false, progressMeasure: 1 / 3, score: 100, passed: false }],
    ['mastered before the last page', { complete: false, progressMeasure: 2 / 3, score: 90, passed: true }],
    ['complete and mastered', { complete: true, progressMeasure: 1, score: 90, passed: true }],
    ['complete, not mastered', { complete: true, progressMeasure: 1, score: 50, passed: false }],
    ['every score in, too low, not complete', { complete: false, progressMeasure: 1 / 3, score: 50, passed: false }],
  ] as const)('"%s" is %j', (situation, status) => {
    expect(courseStatus(courseIn('passed-failed'), situations[situation])).toEqual({ ...status, lmsStatus: expect.any(String) });
  });

  it('weighs scores by activity weight', () => {
    const course = makeCourse([module('m', [quiz('big', { weight: 3 }), quiz('small', { weight: 1 })])]);
    const p = state(['m/big', { status: 'completed', detail: { type: 'quiz', attemptsUsed: 1, best: 80, passed: true } }], [
      'm/small',
      { status: 'completed', detail: { type: 'quiz', attemptsUsed: 1, best: 40, passed: false } },
    ]);
    expect(courseStatus(course, p).score).toBe(70);
  });

  it('counts an unscored weighted activity as 0 only once the course is complete', () => {
    const course = makeCourse([module('m', [page('read'), quiz('main'), quiz('bonus', { optional: true })])]);
    const main: [string, ActivityProgress] = ['m/main', { status: 'completed', detail: { type: 'quiz', attemptsUsed: 1, best: 100, passed: true } }];
    expect(courseStatus(course, state(main)).score).toBe(100);
    expect(courseStatus(course, state(main, ['m/read', { status: 'completed', detail: { type: 'page' } }])).score).toBe(50);
  });

  it('gives a complete course in which nothing weighted scored a score of 0', () => {
    const course = makeCourse([module('m', [page('read'), quiz('bonus', { optional: true })])]);
    expect(courseStatus(course, state(['m/read', { status: 'completed', detail: { type: 'page' } }]))).toMatchObject({ complete: true, score: 0, passed: false });
  });

  it('ignores weight on activities that never score', () => {
    const course = makeCourse([module('m', [page('read', { weight: 5 }), reflection('think', { weight: 5 }), quiz('check')])]);
    const p = state(
      ['m/read', { status: 'completed', detail: { type: 'page' } }],
      ['m/think', { status: 'completed', detail: { type: 'reflection', answers: {}, submitted: true } }],
      ['m/check', { status: 'completed', detail: { type: 'quiz', attemptsUsed: 1, best: 80, passed: true } }],
    );
    expect(courseStatus(course, p)).toMatchObject({ complete: true, score: 80, passed: true });
  });

  it('passes a course with nothing weighted once it is complete', () => {
    const course = makeCourse([module('m', [page('read'), reflection('think')])], { reporting: 'passed-failed' });
    expect(courseStatus(course, state())).toMatchObject({ score: undefined, passed: false, lmsStatus: 'incomplete' });
    const p = state(
      ['m/read', { status: 'completed', detail: { type: 'page' } }],
      ['m/think', { status: 'completed', detail: { type: 'reflection', answers: {}, submitted: true } }],
    );
    expect(courseStatus(course, p)).toMatchObject({ complete: true, score: undefined, passed: true, lmsStatus: 'passed' });
  });
});

describe('certificate eligibility', () => {
  const course = courseIn('passed-failed');

  it('lists the modules still to complete', () => {
    expect(certificateEligible(course, situations['nothing done'])).toEqual({ eligible: false, missing: ['basics', 'practice'] });
    expect(certificateEligible(course, situations['mastered before the last page'])).toEqual({ eligible: false, missing: ['basics'] });
  });

  it('needs the course passed as well as complete, but neither the certificate nor optional activities', () => {
    expect(certificateEligible(course, situations['complete, not mastered'])).toEqual({ eligible: false, missing: [] });
    expect(certificateEligible(course, situations['complete and mastered'])).toEqual({ eligible: true, missing: [] });
  });
});
