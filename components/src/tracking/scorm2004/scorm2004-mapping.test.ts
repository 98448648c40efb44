import { describe, expect, it } from 'vitest';
import type { QuizResponse } from '../../runtime/progress.ts';
import type { LearnerEvent } from '../learner-event.ts';
import type { CmiCursor } from '../scorm-common/scorm-mapping.ts';
import { scorm2004EventWrites, scorm2004FinishWrites, scorm2004Launch, scorm2004Response, scorm2004StartWrites } from './scorm2004-mapping.ts';

const at = '2025-06-30T09:15:00.000Z';
const cursor: CmiCursor = { interactions: 0, objectives: ['intro'] };
const read = (values: Record<string, string>) => (element: string) => values[element] ?? '';

describe('SCORM 2004 launch', () => {
  it('reads learner, mode, entry, state, and the objectives the LMS holds', () => {
    const launch = scorm2004Launch(
      read({
        'cmi.learner_id': 'u1',
        'cmi.learner_name': 'Berg, Kari',
        'cmi.mode': 'review',
        'cmi.entry': 'resume',
        'cmi.suspend_data': 'S',
        'cmi.completion_status': 'completed',
        'cmi.interactions._count': '4',
        'cmi.objectives._count': '2',
        'cmi.objectives.0.id': 'intro',
        'cmi.objectives.1.id': 'feedback',
      }),
    );
    expect(launch.info).toEqual({ learner: { id: 'u1', name: 'Kari Berg' }, mode: 'review', entry: 'resume', state: 'S', storageLimit: 64000 });
    expect(launch).toMatchObject({ cursor: { interactions: 4, objectives: ['intro', 'feedback'] }, complete: true, firstLaunch: false });
  });

  it.each(['unknown', 'not attempted', ''])('marks a first launch (%j) incomplete', (status) => {
    const launch = scorm2004Launch(read({ 'cmi.completion_status': status }));
    expect(launch.info.entry).toBe('ab-initio');
    expect(scorm2004StartWrites(launch)).toEqual([
      ['cmi.completion_status', 'incomplete'],
      ['cmi.exit', 'suspend'],
    ]);
  });

  it('suspends every session from its start, so a crash still resumes in Moodle', () => {
    expect(scorm2004StartWrites(scorm2004Launch(read({ 'cmi.completion_status': 'completed' })))).toEqual([['cmi.exit', 'suspend']]);
  });

  it('remembers the results the LMS held at launch, to never lower them', () => {
    const held = scorm2004Launch(read({ 'cmi.completion_status': 'completed', 'cmi.success_status': 'passed', 'cmi.score.raw': '85', 'cmi.progress_measure': '1' })).held;
    expect(held).toEqual({ 'cmi.completion_status': 'completed', 'cmi.success_status': 'passed', 'cmi.score.raw': '85', 'cmi.progress_measure': '1' });
  });
});

describe('SCORM 2004 responses', () => {
  it.each<[QuizResponse, string]>([
    // Moodle's 2004 data model takes identifiers only as ^[\w.]{1,250}$: hyphens become underscores.
    [{ kind: 'single-choice', option: 'opt-b' }, 'opt_b'],
    [{ kind: 'multiple-response', options: ['a', 'dismiss-electric'] }, 'a[,]dismiss_electric'],
    [{ kind: 'true-false', value: true }, 'true'],
    [{ kind: 'true-false', value: false }, 'false'],
    [{ kind: 'matching', matches: { 'p-1': 'p-2', p2: 'p1' } }, 'p_1[.]p_2[,]p2[.]p1'],
    [{ kind: 'ordering', order: ['step-3', 's1'] }, 'step_3[,]s1'],
    [{ kind: 'fill-in', text: 'veilig, eerst' }, 'veilig, eerst'],
    [{ kind: 'fill-in', text: '{lang=x} a[,]b' }, '(lang=x} a,b'],
  ])('formats %j as %j', (response, expected) => {
    expect(scorm2004Response(response)).toBe(expected);
  });

  it('keeps fill-in text within 250 characters', () => {
    expect(scorm2004Response({ kind: 'fill-in', text: 'x'.repeat(300) })).toHaveLength(250);
  });
});

describe('SCORM 2004 event writes', () => {
  it('writes a quiz answer with an ISO timestamp and result incorrect (not wrong)', () => {
    const event: LearnerEvent = {
      type: 'quiz-item-answered',
      at,
      moduleId: 'm',
      activityId: 'q',
      itemId: 'i',
      kind: 'matching',
      response: { kind: 'matching', matches: { a: 'b' } },
      correct: false,
      attempt: 1,
    };
    expect(scorm2004EventWrites(event, cursor).writes).toEqual([
      ['cmi.interactions.0.id', 'm.q.i'],
      ['cmi.interactions.0.type', 'matching'],
      ['cmi.interactions.0.timestamp', '2025-06-30T09:15:00.00Z'],
      ['cmi.interactions.0.weighting', '1'],
      ['cmi.interactions.0.learner_response', 'a[.]b'],
      ['cmi.interactions.0.result', 'incorrect'],
    ]);
  });

  it.each([
    ['good', 'correct'],
    ['acceptable', 'neutral'],
    ['poor', 'incorrect'],
  ] as const)('writes a %s dialogue choice as a choice interaction with result %s', (quality, result) => {
    const event: LearnerEvent = { type: 'choice-made', at, moduleId: 'm', activityId: 'talk', nodeId: 'start', choiceId: 'listen', quality, score: 10 };
    const writes = new Map(scorm2004EventWrites(event, cursor).writes);
    expect([writes.get('cmi.interactions.0.id'), writes.get('cmi.interactions.0.type'), writes.get('cmi.interactions.0.learner_response'), writes.get('cmi.interactions.0.result')]).toEqual([
      'm.talk.start',
      'choice',
      'listen',
      result,
    ]);
  });

  it('writes written feedback as long-fill-in of at most 4000 characters, and nothing for none', () => {
    const event: LearnerEvent = { type: 'exercise-completed', at, moduleId: 'm', activityId: 'fb', written: 'å'.repeat(4100) };
    const batch = scorm2004EventWrites(event, cursor);
    const writes = new Map(batch.writes);
    expect(writes.get('cmi.interactions.0.id')).toBe('m.fb.written');
    expect(writes.get('cmi.interactions.0.type')).toBe('long-fill-in');
    expect(writes.get('cmi.interactions.0.learner_response')).toHaveLength(4000);
    expect(writes.has('cmi.interactions.0.result')).toBe(false);
    expect(batch.cursor.interactions).toBe(1);
    expect(scorm2004EventWrites({ ...event, written: undefined }, cursor).writes).toEqual([]);
  });

  it('gives each reflection answer its own interaction index', () => {
    const event: LearnerEvent = { type: 'reflection-saved', at, moduleId: 'm', activityId: 'r', answers: { a: 'one', b: 'two' } };
    const batch = scorm2004EventWrites(event, { ...cursor, interactions: 5 });
    expect(batch.writes.filter(([element]) => element.endsWith('.id'))).toEqual([
      ['cmi.interactions.5.id', 'm.r.a'],
      ['cmi.interactions.6.id', 'm.r.b'],
    ]);
    expect(batch.cursor.interactions).toBe(7);
  });

  it('completes the objective of a module, adding it when the LMS lacks it', () => {
    expect(scorm2004EventWrites({ type: 'module-completed', at, moduleId: 'intro' }, cursor)).toEqual({
      writes: [
        ['cmi.objectives.0.completion_status', 'completed'],
        ['cmi.objectives.0.progress_measure', '1'],
      ],
      cursor,
      commit: true,
    });
    const added = scorm2004EventWrites({ type: 'module-completed', at, moduleId: 'next' }, cursor);
    expect(added.writes[0]).toEqual(['cmi.objectives.1.id', 'next']);
    expect(added.cursor.objectives).toEqual(['intro', 'next']);
  });

  it.each([
    [{ complete: false, passed: false, lmsStatus: 'incomplete' }, 'incomplete', 'unknown'],
    [{ complete: true, passed: false, lmsStatus: 'failed' }, 'completed', 'failed'],
    [{ complete: true, passed: true, lmsStatus: 'completed' }, 'completed', 'passed'],
    [{ complete: false, passed: true, lmsStatus: 'passed' }, 'incomplete', 'passed'],
  ] as const)('reports %j as completion %s and success %s', (status, completion, success) => {
    const writes = new Map(scorm2004EventWrites({ type: 'course-status', at, progressMeasure: 0.25, ...status }, cursor).writes);
    expect(writes.get('cmi.completion_status')).toBe(completion);
    expect(writes.get('cmi.success_status')).toBe(success);
    expect(writes.get('cmi.progress_measure')).toBe('0.25');
    expect(writes.has('cmi.score.raw')).toBe(false);
  });

  it('writes the final score in a commit after the status (Moodle 4.3 re-checks completion only when a score arrives)', () => {
    const batch = scorm2004EventWrites({ type: 'course-status', at, complete: true, passed: true, score: 87.5, progressMeasure: 1, lmsStatus: 'passed' }, cursor);
    expect(batch.writes.map(([element]) => element)).toEqual(['cmi.progress_measure', 'cmi.success_status', 'cmi.completion_status']);
    expect(batch.afterCommit).toEqual([
      ['cmi.score.scaled', '0.875'],
      ['cmi.score.raw', '87.5'],
      ['cmi.score.min', '0'],
      ['cmi.score.max', '100'],
    ]);
    const running = scorm2004EventWrites({ type: 'course-status', at, complete: false, passed: false, score: 40, progressMeasure: 0.5, lmsStatus: 'incomplete' }, cursor);
    expect(running.afterCommit).toBeUndefined();
  });

  it('writes dialogue choices as identifiers Moodle accepts', () => {
    const event: LearnerEvent = { type: 'choice-made', at, moduleId: 'm', activityId: 'talk', nodeId: 'start', choiceId: 'dismiss-electric', quality: 'poor', score: 0 };
    const writes = new Map(scorm2004EventWrites(event, cursor).writes);
    expect(writes.get('cmi.interactions.0.learner_response')).toBe('dismiss_electric');
    expect(writes.get('cmi.interactions.0.learner_response')).toMatch(/^[\w.]{1,250}$/);
  });

  it('writes location up to 1000 characters', () => {
    const event: LearnerEvent = { type: 'activity-experienced', at, moduleId: 'm', activityId: 'a', activityType: 'dialogue' };
    expect(scorm2004EventWrites(event, cursor).writes).toEqual([['cmi.location', 'm/a']]);
  });
});

describe('SCORM 2004 finish', () => {
  it('writes session time as ISO 8601 duration and exit suspend, also once complete (Moodle returns data only after suspend)', () => {
    expect(scorm2004FinishWrites({ elapsedMs: 65_000, complete: false })).toEqual([
      ['cmi.session_time', 'PT1M5S'],
      ['cmi.exit', 'suspend'],
    ]);
    expect(scorm2004FinishWrites({ elapsedMs: 0, complete: true })).toEqual([
      ['cmi.session_time', 'PT0S'],
      ['cmi.exit', 'suspend'],
    ]);
  });
});
