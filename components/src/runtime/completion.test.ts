import { describe, expect, it } from 'vitest';
import type { ActivityData } from '../../../course/schema/course-data.ts';
import { activityScore, activityStatus, moduleProgress } from './completion.ts';
import type { ActivityDetail, LearnerProgress } from './progress.ts';
import { certificate, dialogue, feedbackExercise, makeCourse, module, page, quiz, reflection } from './test-course.ts';

const course = makeCourse([
  module('m', [
    page('read'),
    dialogue('talk'),
    quiz('check', { attempts: 2 }),
    quiz('practice', { attempts: 0 }),
    feedbackExercise('give'),
    reflection('think'),
    page('bonus', { optional: true }),
    certificate(),
  ]),
]);
const activity = (id: string): ActivityData => course.modules[0]!.activities.find((a) => a.id === id)!;

const fb = (o: Partial<Extract<ActivityDetail, { type: 'feedback-exercise' }>>): ActivityDetail => ({
  type: 'feedback-exercise',
  stage: 'work',
  sorted: {},
  checked: false,
  ratings: {},
  ...o,
});

describe('activity status', () => {
  it.each([
    ['read', undefined, 'not-started'],
    ['read', { type: 'page' }, 'completed'],
    ['certificate', { type: 'certificate' }, 'completed'],
    ['talk', { type: 'dialogue', path: [] }, 'not-started'],
    ['talk', { type: 'dialogue', path: ['listen'] }, 'in-progress'],
    ['talk', { type: 'dialogue', path: [], best: 0, ending: 'bad-end' }, 'completed'],
    ['talk', { type: 'dialogue', path: ['lecture'], best: 50 }, 'completed'],
    ['check', { type: 'quiz', attemptsUsed: 0, passed: false }, 'not-started'],
    ['check', { type: 'quiz', attemptsUsed: 0, passed: false, current: { items: ['tf'], answers: {}, submitted: false } }, 'in-progress'],
    ['check', { type: 'quiz', attemptsUsed: 1, best: 20, passed: false }, 'in-progress'],
    ['check', { type: 'quiz', attemptsUsed: 2, best: 20, passed: false }, 'completed'],
    ['check', { type: 'quiz', attemptsUsed: 1, best: 90, passed: true }, 'completed'],
    ['practice', { type: 'quiz', attemptsUsed: 9, best: 20, passed: false }, 'in-progress'],
    ['give', fb({}), 'not-started'],
    ['give', fb({ written: '  ' }), 'not-started'],
    ['give', fb({ written: 'Nice work' }), 'in-progress'],
    ['give', fb({ sorted: { s1: 'vague' } }), 'in-progress'],
    ['give', fb({ stage: 'rate', checked: true, score: 50 }), 'in-progress'],
    ['give', fb({ stage: 'compare' }), 'completed'],
    ['think', { type: 'reflection', answers: { what: '' }, submitted: false }, 'not-started'],
    ['think', { type: 'reflection', answers: { what: 'Went well' }, submitted: false }, 'in-progress'],
    ['think', { type: 'reflection', answers: {}, submitted: true }, 'completed'],
    ['read', { type: 'reflection', answers: {}, submitted: true }, 'not-started'],
  ] as [string, ActivityDetail | undefined, string][])('%s with %j is %s', (id, detail, status) => {
    expect(activityStatus(activity(id), detail)).toBe(status);
  });
});

describe('activity score', () => {
  it('is the best quiz or dialogue result and the feedback sorting score', () => {
    expect(activityScore(activity('check'), { type: 'quiz', attemptsUsed: 2, best: 75, passed: true })).toBe(75);
    expect(activityScore(activity('talk'), { type: 'dialogue', path: [], best: 40 })).toBe(40);
    expect(activityScore(activity('give'), fb({ stage: 'compare', checked: true, score: 67 }))).toBe(67);
  });

  it('is undefined before a result and for activities that never score', () => {
    expect(activityScore(activity('check'), { type: 'quiz', attemptsUsed: 0, passed: false })).toBeUndefined();
    expect(activityScore(activity('check'), undefined)).toBeUndefined();
    expect(activityScore(activity('read'), { type: 'page' })).toBeUndefined();
    expect(activityScore(activity('think'), { type: 'reflection', answers: {}, submitted: true })).toBeUndefined();
    expect(activityScore(activity('talk'), { type: 'quiz', attemptsUsed: 1, best: 90, passed: true })).toBeUndefined();
  });
});

describe('module progress', () => {
  const m = course.modules[0]!;
  const done = (...ids: string[]): LearnerProgress => ({
    activities: Object.fromEntries(
      ids.map((id) => {
        const detail: ActivityDetail =
          id === 'talk' ? { type: 'dialogue', path: [], best: 10 }
          : id === 'check' || id === 'practice' ? { type: 'quiz', attemptsUsed: 1, best: 90, passed: true }
          : id === 'give' ? fb({ stage: 'compare' })
          : id === 'think' ? { type: 'reflection', answers: {}, submitted: true }
          : { type: activity(id).type as 'page' | 'certificate' };
        return [`m/${id}`, { status: 'completed', detail }];
      }),
    ),
  });

  it('counts required activities only: optional ones and the certificate do not count', () => {
    expect(moduleProgress(m, done())).toEqual({ completed: 0, total: 6, complete: false });
    expect(moduleProgress(m, done('read', 'bonus', 'certificate'))).toEqual({ completed: 1, total: 6, complete: false });
  });

  it('is complete when every required activity is', () => {
    expect(moduleProgress(m, done('read', 'talk', 'check', 'practice', 'give', 'think'))).toEqual({ completed: 6, total: 6, complete: true });
  });

  it('judges by the detail, not by a stored status that disagrees', () => {
    const p: LearnerProgress = { activities: { 'm/talk': { status: 'completed', detail: { type: 'dialogue', path: ['listen'] } } } };
    expect(moduleProgress(m, p).completed).toBe(0);
  });
});
