import { describe, expect, it } from 'vitest';
import type { CourseData } from '../../../../course/schema/course-data.ts';
import type { QuizResponse } from '../../runtime/progress.ts';
import type { LearnerEvent } from '../learner-event.ts';
import { LEARNER_EVENT_TYPES } from '../learner-event-types.ts';
import type { CmiCursor } from '../scorm-common/scorm-mapping.ts';
import { scorm12EventWrites, scorm12FinishWrites, scorm12Launch, scorm12Response, scorm12StartWrites } from './scorm12-mapping.ts';

const at = '2025-06-30T09:15:00.000Z';
const cursor: CmiCursor = { interactions: 3, objectives: [] };
const read = (values: Record<string, string>) => (element: string) => values[element] ?? '';

describe('SCORM 1.2 launch', () => {
  it('reads learner, language, mode, entry and state', () => {
    const launch = scorm12Launch(
      read({
        'cmi.core.student_id': 'u42',
        'cmi.core.student_name': 'Van den Broeck, Lotte',
        'cmi.core.entry': 'resume',
        'cmi.core.lesson_mode': 'normal',
        'cmi.core.lesson_status': 'incomplete',
        'cmi.suspend_data': 'STATE',
        'cmi.student_preference.language': 'nb',
        'cmi.interactions._count': '12',
      }),
    );
    expect(launch.info).toEqual({ learner: { id: 'u42', name: 'Lotte Van den Broeck' }, language: 'nb', mode: 'normal', entry: 'resume', state: 'STATE', storageLimit: 4096 });
    expect(launch).toMatchObject({ cursor: { interactions: 12 }, firstLaunch: false, complete: false });
  });

  it('starts from the beginning without a state or resume entry, and leaves out what the LMS does not say', () => {
    const launch = scorm12Launch(read({ 'cmi.core.student_id': 'u1', 'cmi.core.entry': 'ab-initio', 'cmi.core.lesson_status': 'not attempted' }));
    expect(launch.info).toEqual({ learner: { id: 'u1' }, mode: 'normal', entry: 'ab-initio', storageLimit: 4096 });
    expect(launch).toMatchObject({ cursor: { interactions: 0 }, firstLaunch: true });
  });

  it('resumes a state saved before a normal exit (entry empty)', () => {
    expect(scorm12Launch(read({ 'cmi.core.entry': '', 'cmi.suspend_data': 'S' })).info.entry).toBe('resume');
  });

  it.each([
    ['browse', 'browse'],
    ['review', 'review'],
    ['normal', 'normal'],
    ['', 'normal'],
  ])('reads lesson_mode %j as %s', (lessonMode, mode) => {
    expect(scorm12Launch(read({ 'cmi.core.lesson_mode': lessonMode })).info.mode).toBe(mode);
  });

  it('marks only a first launch incomplete, and every launch suspended from the start', () => {
    expect(scorm12StartWrites(scorm12Launch(read({ 'cmi.core.lesson_status': 'not attempted' })))).toEqual([
      ['cmi.core.lesson_status', 'incomplete'],
      ['cmi.core.exit', 'suspend'],
    ]);
    expect(scorm12StartWrites(scorm12Launch(read({ 'cmi.core.lesson_status': 'completed' })))).toEqual([['cmi.core.exit', 'suspend']]);
  });

  it('remembers the status and score the LMS held at launch, to never lower them', () => {
    expect(scorm12Launch(read({ 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '90' })).held).toEqual({
      'cmi.core.lesson_status': 'passed',
      'cmi.core.score.raw': '90',
    });
    expect(scorm12Launch(read({})).held).toEqual({});
  });

  it('knows a completed course', () => {
    expect(scorm12Launch(read({ 'cmi.core.lesson_status': 'completed' })).complete).toBe(true);
  });
});

describe('SCORM 1.2 responses', () => {
  it.each<[QuizResponse, string]>([
    [{ kind: 'single-choice', option: 'opt-b' }, 'opt-b'],
    [{ kind: 'multiple-response', options: ['a', 'c'] }, 'a,c'],
    [{ kind: 'true-false', value: true }, 't'],
    [{ kind: 'true-false', value: false }, 'f'],
    [{ kind: 'matching', matches: { p1: 'p2', p2: 'p1' } }, 'p1.p2,p2.p1'],
    [{ kind: 'ordering', order: ['s3', 's1', 's2'] }, 's3,s1,s2'],
    [{ kind: 'fill-in', text: 'veiligheid, eerst' }, 'veiligheid, eerst'],
  ])('formats %j as %j', (response, expected) => {
    expect(scorm12Response(response)).toBe(expected);
  });

  it('keeps every response within 255 characters, lists cut between whole entries', () => {
    const ids = Array.from({ length: 8 }, (_, n) => `${'x'.repeat(60)}-${n}`);
    const order = scorm12Response({ kind: 'ordering', order: ids });
    expect(order.length).toBeLessThanOrEqual(255);
    expect(order.split(',')).toEqual(ids.slice(0, 4)); // 4 × 62 + 3 commas = 251
    const matching = scorm12Response({ kind: 'matching', matches: Object.fromEntries(ids.map((id) => [id, id])) });
    expect(matching.split(',').every((pair) => /^x{60}-\d\.x{60}-\d$/.test(pair))).toBe(true);
    expect(scorm12Response({ kind: 'fill-in', text: 'é'.repeat(300) })).toHaveLength(255);
  });
});

const answered = (kind: QuizResponse['kind'], response: QuizResponse, correct: boolean): LearnerEvent => ({
  type: 'quiz-item-answered',
  at,
  moduleId: 'the-mentor-role',
  activityId: 'check-quiz',
  itemId: 'item-4',
  kind,
  response,
  correct,
  attempt: 2,
});

describe('SCORM 1.2 event writes', () => {
  it('writes a quiz answer as a journaled interaction', () => {
    const batch = scorm12EventWrites(answered('ordering', { kind: 'ordering', order: ['b', 'a'] }, false), cursor);
    expect(batch.writes).toEqual([
      ['cmi.interactions.3.id', 'the-mentor-role.check-quiz.item-4'],
      ['cmi.interactions.3.type', 'sequencing'],
      ['cmi.interactions.3.time', expect.stringMatching(/^\d\d:\d\d:\d\d$/)],
      ['cmi.interactions.3.weighting', '1'],
      ['cmi.interactions.3.student_response', 'b,a'],
      ['cmi.interactions.3.result', 'wrong'],
    ]);
    expect(batch.cursor.interactions).toBe(4);
    expect(batch.commit).toBe(false);
  });

  it.each<[QuizResponse, string]>([
    [{ kind: 'single-choice', option: 'a' }, 'choice'],
    [{ kind: 'multiple-response', options: ['a'] }, 'choice'],
    [{ kind: 'true-false', value: true }, 'true-false'],
    [{ kind: 'matching', matches: { a: 'a' } }, 'matching'],
    [{ kind: 'ordering', order: ['a'] }, 'sequencing'],
    [{ kind: 'fill-in', text: 'a' }, 'fill-in'],
  ])('gives a %j answer the interaction type %s, and result correct', (response, type) => {
    const writes = new Map(scorm12EventWrites(answered(response.kind, response, true), cursor).writes);
    expect(writes.get('cmi.interactions.3.type')).toBe(type);
    expect(writes.get('cmi.interactions.3.result')).toBe('correct');
  });

  it('adds the right answers of a known quiz item as patterns', () => {
    const course = {
      modules: [{ id: 'the-mentor-role', activities: [{ id: 'check-quiz', type: 'quiz', items: [{ id: 'item-4', kind: 'true-false', correct: false }] }] }],
    } as unknown as CourseData;
    const writes = new Map(scorm12EventWrites(answered('true-false', { kind: 'true-false', value: true }, false), cursor, course).writes);
    expect(writes.get('cmi.interactions.3.correct_responses.0.pattern')).toBe('f');
  });

  it.each([
    ['good', 'correct'],
    ['acceptable', 'neutral'],
    ['poor', 'wrong'],
  ] as const)('writes a %s dialogue choice with result %s, never incorrect', (quality, result) => {
    const event: LearnerEvent = { type: 'choice-made', at, moduleId: 'm', activityId: 'talk', nodeId: 'n-3', choiceId: 'ask-open', quality, score: 5 };
    expect(new Map(scorm12EventWrites(event, cursor).writes)).toEqual(
      new Map([
        ['cmi.interactions.3.id', 'm.talk.n-3'],
        ['cmi.interactions.3.type', 'choice'],
        ['cmi.interactions.3.time', expect.any(String)],
        ['cmi.interactions.3.student_response', 'ask-open'],
        ['cmi.interactions.3.result', result],
      ]),
    );
  });

  it('writes a checked sorting as a matching interaction, correct only when perfect', () => {
    const event: LearnerEvent = { type: 'exercise-checked', at, moduleId: 'm', activityId: 'fb', score: 75, sorted: { s1: 'praise', s2: 'advice' } };
    const writes = new Map(scorm12EventWrites(event, cursor).writes);
    expect(writes.get('cmi.interactions.3.id')).toBe('m.fb.sort');
    expect(writes.get('cmi.interactions.3.student_response')).toBe('s1.praise,s2.advice');
    expect(writes.get('cmi.interactions.3.result')).toBe('wrong');
    expect(scorm12EventWrites({ ...event, sorted: undefined }, cursor).writes).toEqual([]);
  });

  it('writes the status and, in a commit after it, the final score 0-100 (Moodle 4.3 ticks completion only when a score follows the status)', () => {
    const event: LearnerEvent = { type: 'course-status', at, complete: true, passed: false, score: 41.666666, progressMeasure: 1, lmsStatus: 'failed' };
    expect(scorm12EventWrites(event, cursor)).toEqual({
      writes: [['cmi.core.lesson_status', 'failed']],
      cursor,
      commit: true,
      afterCommit: [
        ['cmi.core.score.raw', '41.67'],
        ['cmi.core.score.min', '0'],
        ['cmi.core.score.max', '100'],
      ],
    });
  });

  it('keeps a running score out of the LMS until the status is final', () => {
    const running: LearnerEvent = { type: 'course-status', at, complete: false, passed: false, score: 55, progressMeasure: 0.4, lmsStatus: 'incomplete' };
    expect(scorm12EventWrites(running, cursor)).toEqual({ writes: [['cmi.core.lesson_status', 'incomplete']], cursor, commit: true });
  });

  it('reports a course with nothing scored as 100 once complete, so Moodle 4.3 re-checks completion', () => {
    const done: LearnerEvent = { type: 'course-status', at, complete: true, passed: true, progressMeasure: 1, lmsStatus: 'passed' };
    expect(scorm12EventWrites(done, cursor).afterCommit).toEqual([
      ['cmi.core.score.raw', '100'],
      ['cmi.core.score.min', '0'],
      ['cmi.core.score.max', '100'],
    ]);
  });

  it('writes where the learner is as <module>/<activity>', () => {
    const event: LearnerEvent = { type: 'activity-experienced', at, moduleId: 'm-1', activityId: 'a-2', activityType: 'page' };
    expect(scorm12EventWrites(event, cursor).writes).toEqual([['cmi.core.lesson_location', 'm-1/a-2']]);
    const long: LearnerEvent = { ...event, moduleId: 'm'.repeat(200), activityId: 'a'.repeat(200) };
    expect(scorm12EventWrites(long, cursor).writes[0]?.[1]).toHaveLength(255);
  });

  it('builds interaction ids of printable ASCII without spaces, at most 255 characters', () => {
    const event = { ...answered('fill-in', { kind: 'fill-in', text: 'x' }, true), moduleId: 'mødule 1', itemId: 'i'.repeat(300) };
    const id = new Map(scorm12EventWrites(event, cursor).writes).get('cmi.interactions.3.id')!;
    expect(id).toMatch(/^[\x21-\x7e]{1,255}$/);
    expect(id.startsWith('m_dule_1.check-quiz.')).toBe(true);
  });

  it('sends nothing for events SCORM 1.2 has no place for (free text included)', () => {
    const silent = LEARNER_EVENT_TYPES.filter((t) => !['activity-experienced', 'quiz-item-answered', 'choice-made', 'exercise-checked', 'course-status'].includes(t));
    expect(silent).toEqual([
      'launched',
      'dialogue-ended',
      'quiz-started',
      'quiz-submitted',
      'exercise-completed',
      'reflection-saved',
      'activity-completed',
      'module-completed',
      'certificate-issued',
      'suspended',
      'terminated',
    ]);
    const events: LearnerEvent[] = [
      { type: 'launched', at },
      { type: 'reflection-saved', at, moduleId: 'm', activityId: 'r', answers: { p1: 'long text' } },
      { type: 'exercise-completed', at, moduleId: 'm', activityId: 'e', written: 'feedback' },
      { type: 'module-completed', at, moduleId: 'm' },
      { type: 'quiz-submitted', at, moduleId: 'm', activityId: 'q', score: 80, passed: true, attempt: 1 },
    ];
    for (const event of events) expect(scorm12EventWrites(event, cursor)).toEqual({ writes: [], cursor, commit: false });
  });
});

describe('SCORM 1.2 finish', () => {
  it('suspends an unfinished course and exits a complete one, with the session time as HHHH:MM:SS.SS', () => {
    expect(scorm12FinishWrites({ elapsedMs: 5_000, complete: false })).toEqual([
      ['cmi.core.session_time', '0000:00:05.00'],
      ['cmi.core.exit', 'suspend'],
    ]);
    expect(scorm12FinishWrites({ elapsedMs: 0, complete: true })[1]).toEqual(['cmi.core.exit', '']);
  });
});
