import { beforeAll, describe, expect, it } from 'vitest';
import { loadCourse } from '../../../../build/load/load-course.ts';
import type { CourseData, FeedbackExerciseData, QuizData } from '../../../../course/schema/course-data.ts';
import type { LearnerEvent } from '../learner-event.ts';
import { responseFor } from './test-events.ts';
import { duration, responseOf, score, xapiStatements, type XapiMappingContext } from './xapi-mapping.ts';

let course: CourseData;
let nl: CourseData;
beforeAll(async () => {
  const loaded = await loadCourse('tests/fixtures/course');
  if (!loaded.ok) throw new Error('fixture course does not load');
  course = loaded.course.data.en!;
  nl = loaded.course.data.nl!;
});

const at = '2025-06-30T09:15:00.000Z';
const base = 'https://workmentor.example.org/xapi/fixture';
const actor = { objectType: 'Agent' as const, mbox: 'mailto:ilse@example.org' };
const registration = '0b6c0a4e-4e0b-4b7e-9a55-3f1f1f3c2d10';
const ctx = (more: Partial<XapiMappingContext> = {}): XapiMappingContext => ({ actor, registration, courseIri: base, course, ...more });
const one = (event: LearnerEvent, more?: Partial<XapiMappingContext>) => xapiStatements(event, ctx(more))[0]!;
const quiz = () => course.modules[0]!.activities.find((a): a is QuizData => a.type === 'quiz')!;
const exercise = (data: CourseData) => data.modules[0]!.activities.find((a): a is FeedbackExerciseData => a.type === 'feedback-exercise')!;
const item = (kind: string) => quiz().items.find((i) => i.kind === kind)!;

describe('xapiStatements', () => {
  it('reports opening the course as initialized, and also resumed when continuing', () => {
    expect(xapiStatements({ type: 'launched', at }, ctx()).map((s) => s.verb.id)).toEqual(['http://adlnet.gov/expapi/verbs/initialized']);
    const resumed = xapiStatements({ type: 'launched', at }, ctx({ entry: 'resume' }));
    expect(resumed.map((s) => s.verb.display['en-US'])).toEqual(['initialized', 'resumed']);
    expect(resumed[0]!.object).toEqual({ objectType: 'Activity', id: base, definition: { type: 'http://adlnet.gov/expapi/activities/course', name: { en: course.title } } });
    // revision: the course version, which the register records as the version passed.
    expect(resumed[0]!.context).toEqual({ registration, language: 'en', revision: course.version });
    expect(resumed[0]!.timestamp).toBe(at);
  });

  it('builds stable activity IRIs from content ids, with parent module and course grouping', () => {
    const s = one({ type: 'activity-experienced', at, moduleId: 'first-weeks', activityId: 'welcome', activityType: 'page' });
    expect(s.object.id).toBe(`${base}/first-weeks/welcome`);
    expect(s.object.definition).toEqual({ type: 'http://adlnet.gov/expapi/activities/lesson', name: { en: 'Your first weeks as a mentor' } });
    expect(s.context?.contextActivities).toEqual({ parent: [{ objectType: 'Activity', id: `${base}/first-weeks` }], grouping: [{ objectType: 'Activity', id: base }] });
  });

  it('uses the LMS activity id for the course and the baseIri for everything inside it', () => {
    const lmsIri = 'https://lms.example.org/course/7';
    expect(one({ type: 'terminated', at }, { courseIri: lmsIri }).object.id).toBe(lmsIri);
    const s = one({ type: 'module-completed', at, moduleId: 'first-weeks' }, { courseIri: lmsIri });
    expect(s.object.id).toBe(`${base}/first-weeks`);
    expect(exercise(nl).rubric.criteria.map((c) => c.id)).toEqual(['concrete', 'balanced', 'next-step']);
    expect(exercise(nl).rubric.criteria[0]!.text).not.toBe(exercise(course).rubric.criteria[0]!.text);
    expect(s.context?.contextActivities?.parent).toEqual([{ objectType: 'Activity', id: lmsIri }]);
  });

  it('derives the statement id from registration, learner and event, so a resend is the same statement', () => {
    const event: LearnerEvent = { type: 'module-completed', at, moduleId: 'first-weeks' };
    expect(one(event).id).toBe(one(event).id);
    expect(one(event).id).not.toBe(one({ ...event, at: '2025-06-30T09:15:00.001Z' }).id);
    expect(one(event).id).not.toBe(one(event, { registration: '1b6c0a4e-4e0b-4b7e-9a55-3f1f1f3c2d10' }).id);
    expect(one(event).id).not.toBe(one(event, { actor: { objectType: 'Agent', mbox: 'mailto:jonas@example.org' } }).id);
    expect(one(event).id).toBe(one(event, { course: nl, sessionStart: at }).id);
  });

  it('writes each quiz answer in the xAPI response format of its interaction type, with the definition', () => {
    const expected: Record<string, [string, string]> = {
      'single-choice': ['choice', (item('single-choice') as { correct: string }).correct],
      'multiple-response': ['choice', (item('multiple-response') as { correct: string[] }).correct.join('[,]')],
      'true-false': ['true-false', String((item('true-false') as { correct: boolean }).correct)],
      matching: ['matching', (item('matching') as { pairs: { id: string }[] }).pairs.map((p) => `${p.id}[.]${p.id}`).join('[,]')],
      ordering: ['sequencing', (item('ordering') as { steps: { id: string }[] }).steps.map((p) => p.id).join('[,]')],
      'fill-in': ['fill-in', (item('fill-in') as { accept: string[] }).accept[0]!],
    };
    for (const [kind, [interactionType, response]] of Object.entries(expected)) {
      const quizItem = item(kind);
      const s = one({ type: 'quiz-item-answered', at, moduleId: 'first-weeks', activityId: quiz().id, itemId: quizItem.id, kind: quizItem.kind, response: responseFor(quizItem, true), correct: true, attempt: 2 });
      expect(s.verb.display['en-US']).toBe('answered');
      expect(s.object.id).toBe(`${base}/first-weeks/${quiz().id}/${quizItem.id}`);
      expect(s.object.definition).toMatchObject({ type: 'http://adlnet.gov/expapi/activities/cmi.interaction', interactionType, name: { en: quizItem.prompt } });
      expect(s.object.definition?.correctResponsesPattern?.[0], kind).toBe(response);
      expect(s.result).toEqual({ success: true, response });
      expect(s.context?.contextActivities?.parent).toEqual([{ objectType: 'Activity', id: `${base}/first-weeks/${quiz().id}` }]);
      expect(s.context?.extensions).toEqual({ 'https://workmentor.example.org/xapi/extensions/attempt': 2 });
    }
  });

  it('formats responses by kind', () => {
    expect(responseOf({ kind: 'multiple-response', options: ['a', 'c'] })).toBe('a[,]c');
    expect(responseOf({ kind: 'matching', matches: { a: 'x', b: 'y' } })).toBe('a[.]x[,]b[.]y');
    expect(responseOf({ kind: 'ordering', order: ['b', 'a'] })).toBe('b[,]a');
    expect(responseOf({ kind: 'true-false', value: false })).toBe('false');
    expect(responseOf({ kind: 'fill-in', text: 'de timer' })).toBe('de timer');
  });

  it('describes a dialogue choice with its choices, and its quality and points as extensions', () => {
    const s = one({ type: 'choice-made', at, moduleId: 'first-weeks', activityId: 'burnt-tray', nodeId: 'tray', choiceId: 'scold', quality: 'poor', score: 0 }, { course: nl });
    expect(s.object.id).toBe(`${base}/first-weeks/burnt-tray/tray`);
    expect(s.object.definition?.interactionType).toBe('choice');
    expect(s.object.definition?.choices?.map((c) => c.id)).toEqual(['ask-what-happened', 'fix-first', 'scold']);
    expect(Object.keys(s.object.definition?.choices?.[0]?.description ?? {})).toEqual(['nl']);
    expect(s.result).toEqual({ response: 'scold', extensions: { 'https://workmentor.example.org/xapi/extensions/choice-quality': 'poor', 'https://workmentor.example.org/xapi/extensions/choice-score': 0 } });
  });

  it('sends rubric ratings with the rubric’s scale in the context: levels weakest first, criteria, texts in the learner’s language', () => {
    const event: LearnerEvent = { type: 'exercise-completed', at, moduleId: 'first-weeks', activityId: 'learning-log-feedback', ratings: { concrete: 'partly', 'next-step': 'fully' } };
    const s = one(event, { course: nl });
    expect(s.result?.extensions).toEqual({ 'https://workmentor.example.org/xapi/extensions/ratings': { concrete: 'partly', 'next-step': 'fully' } });
    expect(s.context?.extensions).toEqual({
      'https://workmentor.example.org/xapi/extensions/rating-scale': {
        levels: [
          { id: 'not-yet', description: { nl: 'Nog niet' } },
          { id: 'partly', description: { nl: 'Gedeeltelijk' } },
          { id: 'fully', description: { nl: 'Volledig' } },
        ],
        criteria: exercise(nl).rubric.criteria.map((c) => ({ id: c.id, description: { nl: c.text } })),
      },
    });
    expect(s.context?.contextActivities?.parent).toEqual([{ objectType: 'Activity', id: `${base}/first-weeks` }]);
    expect(s.context?.language).toBe('nl');
    // The exercise's definition stays what every other statement about it says.
    expect(s.object).toEqual(one({ type: 'activity-experienced', at, moduleId: 'first-weeks', activityId: 'learning-log-feedback', activityType: 'feedback-exercise' }, { course: nl }).object);
  });

  it('sends no scale without ratings, or without the course data to describe it', () => {
    const ids = { at, moduleId: 'first-weeks', activityId: 'learning-log-feedback' };
    expect(one({ type: 'exercise-completed', ...ids, written: 'Goed gedaan.' }).context?.extensions).toBeUndefined();
    expect(one({ type: 'exercise-completed', ...ids, ratings: {} }).context?.extensions).toBeUndefined();
    const bare = one({ type: 'exercise-completed', ...ids, ratings: { concrete: 'fully' } }, { course: undefined });
    expect(bare.result?.extensions).toEqual({ 'https://workmentor.example.org/xapi/extensions/ratings': { concrete: 'fully' } });
    expect(bare.context?.extensions).toBeUndefined();
  });

  it('reports the course as completed, passed or failed with raw 0-100 and scaled scores, else as progressed', () => {
    const status = { type: 'course-status', at, passed: true, progressMeasure: 1 } as const;
    const verbs = (e: LearnerEvent) => xapiStatements(e, ctx()).map((s) => s.verb.display['en-US']);
    expect(verbs({ ...status, complete: true, score: 87.5, lmsStatus: 'passed' })).toEqual(['completed', 'passed']);
    expect(verbs({ ...status, complete: true, score: 40, lmsStatus: 'failed' })).toEqual(['completed', 'failed']);
    expect(verbs({ ...status, complete: false, score: 90, lmsStatus: 'passed' })).toEqual(['progressed', 'passed']);
    expect(verbs({ ...status, complete: false, progressMeasure: 0.25, lmsStatus: 'incomplete' })).toEqual(['progressed']);
    const [completed, passed] = xapiStatements({ ...status, complete: true, score: 87.5, lmsStatus: 'passed' }, ctx({ sessionStart: '2025-06-30T09:00:00.000Z' }));
    expect(completed!.result).toMatchObject({ completion: true, duration: 'PT900S', score: { scaled: 0.875, raw: 87.5, min: 0, max: 100 } });
    expect(passed!.result).toMatchObject({ success: true, score: { raw: 87.5 } });
  });

  it('times a completed activity from when it was opened this session', () => {
    const s = one({ type: 'activity-completed', at, moduleId: 'first-weeks', activityId: quiz().id, score: 75 }, { opened: { [`first-weeks/${quiz().id}`]: '2025-06-30T09:10:30.250Z' } });
    expect(s.result).toEqual({ completion: true, score: score(75), duration: 'PT269.75S' });
  });

  it('keeps scores and durations in range and well formed', () => {
    expect(score(66.666666)).toEqual({ scaled: 0.6667, raw: 66.67, min: 0, max: 100 });
    expect(duration('2025-06-30T09:15:00.000Z', '2025-06-30T10:15:01.500Z')).toBe('PT3601.5S');
    expect(duration(undefined, at)).toBeUndefined();
    expect(duration('2025-06-30T10:00:00.000Z', at)).toBeUndefined();
  });

  it('sends only ids when the course data is not known yet', () => {
    const s = one({ type: 'activity-experienced', at, moduleId: 'first-weeks', activityId: 'welcome', activityType: 'page' }, { course: undefined });
    expect(s.object).toEqual({ objectType: 'Activity', id: `${base}/first-weeks/welcome` });
    expect(s.context?.language).toBeUndefined();
  });
});
