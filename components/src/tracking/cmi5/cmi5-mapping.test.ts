import { describe, expect, it } from 'vitest';
import type { LearnerEvent } from '../learner-event.ts';
import { CMI5_CATEGORY, cmi5Statements, type Cmi5MappingContext } from './cmi5-mapping.ts';
import type { LaunchData } from './launch-data.ts';

const at = '2025-06-30T09:15:00.000Z';
const AU = 'https://workmentor.example.org/xapi/course';
const none = { completed: false, passed: false, failed: false };
const ctx = (launchData: Partial<LaunchData> = {}): Cmi5MappingContext => ({
  actor: { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 'ilse' } },
  registration: '0b6c0a4e-4e0b-4b7e-9a55-3f1f1f3c2d10',
  courseIri: AU,
  launchData: { launchMode: 'Normal', contextTemplate: { contextActivities: { grouping: { objectType: 'Activity', id: 'https://lms.example.org/course/7' } as never } }, ...launchData },
});
const status = (more: Partial<Extract<LearnerEvent, { type: 'course-status' }>>): LearnerEvent => ({ type: 'course-status', at, complete: true, passed: true, score: 90, progressMeasure: 1, lmsStatus: 'passed', ...more });
const verbs = (event: LearnerEvent, c = ctx(), sent = none) => cmi5Statements(event, c, sent).map((s) => s.verb.display['en-US']);

describe('cmi5Statements', () => {
  it('follows the course status without a mastery score, and sends nothing in Browse or Review', () => {
    expect(verbs(status({}))).toEqual(['completed', 'passed']);
    expect(verbs(status({ lmsStatus: 'failed', score: 30 }))).toEqual(['completed', 'failed']);
    expect(verbs(status({ lmsStatus: 'completed' }))).toEqual(['completed']);
    expect(verbs(status({ complete: false, lmsStatus: 'incomplete' }))).toEqual([]);
    expect(verbs(status({}), ctx({ launchMode: 'Browse' }))).toEqual([]);
    expect(verbs(status({}), ctx({ launchMode: 'Review' }))).toEqual([]);
  });

  it('never repeats completed or passed, and sends no failed after passed', () => {
    expect(verbs(status({}), ctx(), { completed: true, passed: true, failed: false })).toEqual([]);
    expect(verbs(status({ lmsStatus: 'failed' }), ctx(), { completed: true, passed: true, failed: false })).toEqual([]);
    expect(verbs(status({}), ctx(), { completed: true, passed: false, failed: true })).toEqual(['passed']);
  });

  it('waits for a final score before judging against the mastery score', () => {
    expect(verbs(status({ complete: false, lmsStatus: 'incomplete', score: 95 }), ctx({ masteryScore: 0.8 }))).toEqual([]);
    expect(verbs(status({ complete: true, lmsStatus: 'completed', score: 79.99 }), ctx({ masteryScore: 0.8 }))).toEqual(['completed', 'failed']);
    expect(verbs(status({ complete: true, lmsStatus: 'completed', score: 80 }), ctx({ masteryScore: 0.8 }))).toEqual(['completed', 'passed']);
  });

  it('merges the context template into allowed statements, without the cmi5 category', () => {
    const [s] = cmi5Statements({ type: 'activity-experienced', at, moduleId: 'm', activityId: 'a', activityType: 'page' }, ctx(), none);
    expect(s!.context?.contextActivities).toEqual({
      parent: [{ objectType: 'Activity', id: `${AU}/m` }],
      grouping: [{ objectType: 'Activity', id: 'https://lms.example.org/course/7' }, { objectType: 'Activity', id: AU }],
    });
    const [terminated] = cmi5Statements({ type: 'terminated', at }, ctx(), none);
    expect(terminated!.context?.contextActivities?.category).toEqual([{ objectType: 'Activity', id: CMI5_CATEGORY }]);
  });

  it('gives completed, passed and terminated a duration even for an event older than this session (CATAPULT refuses them without)', () => {
    const c = { ...ctx(), sessionStart: '2025-06-30T10:00:00.000Z' };
    for (const s of [...cmi5Statements(status({}), c, none), ...cmi5Statements({ type: 'terminated', at }, c, none)]) expect(s.result?.duration, s.verb.id).toBe('PT0S');
    const [completed] = cmi5Statements(status({ at: '2025-06-30T10:30:00.000Z' }), c, none);
    expect(completed!.result?.duration).toBe('PT1800S');
  });

  it('never lets its own context values overwrite the template', () => {
    const c = ctx({ contextTemplate: { language: 'nb-NO', extensions: { 'https://workmentor.example.org/xapi/extensions/attempt': 'from-lms' } } });
    const [s] = cmi5Statements({ type: 'quiz-started', at, moduleId: 'm', activityId: 'q', attempt: 2 }, { ...c, course: undefined }, none);
    expect(s!.context?.extensions).toEqual({ 'https://workmentor.example.org/xapi/extensions/attempt': 'from-lms' });
  });
});
