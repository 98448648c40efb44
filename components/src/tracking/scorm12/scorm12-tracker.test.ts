import { describe, expect, it } from 'vitest';
import type { LearnerEvent } from '../learner-event.ts';
import { describeTrackerContract } from '../tracker.contract.ts';
import { TrackerError, type TrackerProblem } from '../tracker.ts';
import { ScormAgainLms } from '../scorm-common/scorm-again-lms.ts';
import { Scorm12Tracker } from './scorm12-tracker.ts';

describeTrackerContract('Scorm12Tracker', () => {
  // The LMS is the persistence: each session is a new tracker in a new launch of the SCO.
  const lms = new ScormAgainLms('1.2', { core: { student_id: 'learner-7', student_name: 'Peeters, An' } });
  let last: Scorm12Tracker | undefined;
  return {
    session: () => (last = new Scorm12Tracker({ courseId: 'c', window: lms.launch() as Window })),
    recorded: () => [...(last?.recorded ?? [])],
  };
});

const at = '2025-06-30T09:15:00.000Z';
const status = (over: Partial<Extract<LearnerEvent, { type: 'course-status' }>> = {}): LearnerEvent => ({
  type: 'course-status',
  at,
  complete: false,
  passed: false,
  progressMeasure: 0.5,
  lmsStatus: 'incomplete',
  ...over,
});
const answered: LearnerEvent = {
  type: 'quiz-item-answered',
  at,
  moduleId: 'm1',
  activityId: 'quiz',
  itemId: 'q1',
  kind: 'single-choice',
  response: { kind: 'single-choice', option: 'b' },
  correct: false,
  attempt: 1,
};

function setup(initial: Record<string, unknown> = {}) {
  const lms = new ScormAgainLms('1.2', { ...initial, core: { student_id: 's-1', student_name: 'Janssens, Emma', ...(initial.core as object) } });
  const problems: TrackerProblem[] = [];
  let clock = 1_000;
  const tracker = new Scorm12Tracker({ courseId: 'c', window: lms.launch() as Window, onProblem: (p) => problems.push(p), now: () => clock });
  const sets = () => lms.callsOf('LMSSetValue').map((call) => call.args);
  return { lms, tracker, problems, sets, advance: (ms: number) => (clock += ms) };
}

describe('Scorm12Tracker', () => {
  it('finds the API in a parent frame and launches with what the LMS says about the learner', async () => {
    const { tracker } = setup({ core: { entry: 'resume', lesson_status: 'incomplete' }, suspend_data: 'S1', student_preference: { language: 'nl' } });
    expect(await tracker.start()).toEqual({
      learner: { id: 's-1', name: 'Emma Janssens' },
      language: 'nl',
      mode: 'normal',
      entry: 'resume',
      state: 'S1',
      storageLimit: 4096,
    });
  });

  it('rejects start with an absent TrackerError when no LMS is found, so offline storage takes over', async () => {
    const problems: TrackerProblem[] = [];
    const lonely = { parent: null, opener: null } as unknown as Window;
    const starting = new Scorm12Tracker({ courseId: 'c', window: lonely, onProblem: (p) => problems.push(p) }).start();
    await expect(starting).rejects.toBeInstanceOf(TrackerError);
    await expect(starting).rejects.toMatchObject({ operation: 'start', kind: 'absent' });
    expect(problems).toHaveLength(1);
  });

  it('rejects start when the LMS refuses to initialise', async () => {
    const { lms, tracker } = setup();
    lms.refuse('LMSInitialize', '101');
    await expect(tracker.start()).rejects.toMatchObject({ kind: 'unavailable' });
  });

  it('marks a first launch incomplete at once and commits it', async () => {
    const { lms, tracker } = setup();
    await tracker.start();
    expect(lms.kept().core).toMatchObject({ lesson_status: 'incomplete' });
  });

  it('does not touch the status of a returning learner, and suspends the session from its start', async () => {
    const { lms, sets, tracker } = setup({ core: { lesson_status: 'failed' } });
    await tracker.start();
    expect(sets()).toEqual([['cmi.core.exit', 'suspend']]);
    expect(lms.callsOf('LMSCommit')).toHaveLength(1);
  });

  it('commits the status first and the score in a commit of its own after it', async () => {
    const { lms, tracker } = setup();
    await tracker.start();
    const calls = lms.calls.length;
    await tracker.record(status({ complete: true, passed: true, score: 83.333, lmsStatus: 'passed' }));
    const order = lms.calls.slice(calls).map((c) => (c.method === 'LMSSetValue' ? c.args[0] : c.method)).filter((m) => m !== 'LMSGetLastError');
    expect(order).toEqual(['cmi.core.lesson_status', 'LMSCommit', 'cmi.core.score.raw', 'cmi.core.score.min', 'cmi.core.score.max', 'LMSCommit']);
    expect(lms.kept().core).toMatchObject({ lesson_status: 'passed', score: { raw: '83.33', min: '0', max: '100' } });
  });

  it('sends an unchanged status once and commits only when something changed', async () => {
    const { lms, tracker } = setup();
    await tracker.start();
    const commits = lms.callsOf('LMSCommit').length;
    await tracker.record(status({ complete: true, score: 50, lmsStatus: 'completed' }));
    await tracker.record(status({ complete: true, score: 50, lmsStatus: 'completed' }));
    expect(lms.callsOf('LMSSetValue').filter((c) => c.args[0] === 'cmi.core.score.raw')).toHaveLength(1);
    expect(lms.callsOf('LMSCommit')).toHaveLength(commits + 2);
  });

  it('never lowers a status or score the LMS held at launch (a lost resume state restarts the course)', async () => {
    const { lms, tracker } = setup({ core: { lesson_status: 'passed', score: { raw: '90' } } });
    await tracker.start();
    await tracker.record(status({ score: 10, lmsStatus: 'incomplete', progressMeasure: 0.1 }));
    await tracker.record(status({ complete: true, score: 60, lmsStatus: 'completed' }));
    await tracker.flush();
    expect(lms.kept().core).toMatchObject({ lesson_status: 'passed', score: { raw: '90' } });
    await tracker.record(status({ complete: true, passed: true, score: 95, lmsStatus: 'passed' }));
    expect(lms.kept().core).toMatchObject({ lesson_status: 'passed', score: { raw: '95' } });
  });

  it('commits the saved state after an activity was opened or completed, not after every answer', async () => {
    const { lms, tracker } = setup();
    await tracker.start();
    const commits = () => lms.callsOf('LMSCommit').length;
    const before = commits();
    await tracker.record(answered);
    await tracker.saveState('after an answer');
    expect(commits()).toBe(before);
    await tracker.record({ type: 'activity-completed', at, moduleId: 'm1', activityId: 'quiz' });
    await tracker.saveState('after the quiz');
    expect(commits()).toBe(before + 1);
    expect(lms.kept()).toMatchObject({ suspend_data: 'after the quiz' });
    await tracker.record({ type: 'activity-experienced', at, moduleId: 'm1', activityId: 'next', activityType: 'page' });
    await tracker.saveState('on the next page');
    expect(commits()).toBe(before + 2);
  });

  it('journals interactions after those the LMS already has', async () => {
    const { lms, tracker } = setup({ core: { lesson_status: 'incomplete' }, interactions: { 0: { id: 'old.a' }, 1: { id: 'old.b' } } });
    await tracker.start();
    await tracker.record(answered);
    await tracker.record({ ...answered, itemId: 'q2' });
    await tracker.flush();
    const interactions = lms.kept().interactions as Record<string, { id: string; student_response: string; result: string }>;
    expect(Object.keys(interactions)).toEqual(['0', '1', '2', '3']);
    expect(interactions['2']).toMatchObject({ id: 'm1.quiz.q1', student_response: 'b', result: 'wrong' });
    expect(interactions['3']?.id).toBe('m1.quiz.q2');
  });

  it('rejects an event the LMS refused for good as rejected, and continues from the count the LMS reports', async () => {
    const { lms, tracker, problems } = setup();
    await tracker.start();
    lms.refuse('LMSSetValue', '201', 6); // every write of the first interaction
    // Final: the reliable wrapper keeps it on this device instead of sending it again.
    await expect(tracker.record(answered)).rejects.toMatchObject({ operation: 'record', kind: 'rejected' });
    await tracker.record({ ...answered, itemId: 'q2' });
    expect(lms.current().interactions).toMatchObject({ 0: { id: 'm1.quiz.q2' } });
    expect(problems).toHaveLength(6);
    expect(problems[0]).toMatchObject({ operation: 'record', kind: 'rejected' });
    expect(problems[0]?.message).toContain('LMSSetValue(cmi.interactions.0.id = "m1.quiz.q1"): error 201: Refused by the test');
  });

  it('rejects an event the LMS failed on for now, and writes it again to the same interaction', async () => {
    const { lms, tracker } = setup();
    await tracker.start();
    lms.refuse('LMSSetValue', '101', 2); // a general failure part-way through the interaction
    await expect(tracker.record(answered)).rejects.toMatchObject({ operation: 'record', kind: 'unavailable' });
    await tracker.record(answered);
    await tracker.record({ ...answered, itemId: 'q2' });
    const interactions = lms.current().interactions as Record<string, { id: string }>;
    expect(Object.values(interactions).map((i) => i.id)).toEqual(['m1.quiz.q1', 'm1.quiz.q2']);
  });

  it('saves the state into suspend_data, to be committed by flush', async () => {
    const { lms, tracker } = setup();
    await tracker.start();
    await tracker.saveState('1A7yESs0.');
    expect(lms.kept().suspend_data).toBe('');
    await tracker.flush();
    expect(lms.kept().suspend_data).toBe('1A7yESs0.');
  });

  it('rejects a state over 4096 characters without writing it', async () => {
    const { lms, tracker, problems } = setup();
    await tracker.start();
    await tracker.saveState('kept');
    await expect(tracker.saveState('x'.repeat(4097))).rejects.toMatchObject({ operation: 'saveState', kind: 'quota' });
    await expect(tracker.saveState('x'.repeat(4096))).resolves.toBeUndefined();
    expect(problems.map((p) => p.kind)).toEqual(['quota']);
    expect(lms.callsOf('LMSSetValue').filter((c) => c.args[0] === 'cmi.suspend_data').map((c) => String(c.args[1]).length)).toEqual([4, 4096]);
  });

  it('rejects a state the LMS refuses, with the LMS error code in the problem', async () => {
    const { lms, tracker, problems } = setup();
    await tracker.start();
    lms.refuse('LMSSetValue', '405');
    const saving = tracker.saveState('new');
    await expect(saving).rejects.toBeInstanceOf(TrackerError);
    await expect(saving).rejects.toMatchObject({ kind: 'rejected' });
    expect(problems.at(-1)?.message).toMatch(/LMSSetValue\(cmi\.suspend_data = "new"\): error 405/);
  });

  it('rejects a state the LMS failed on for now as unavailable, so it is saved again later', async () => {
    const { lms, tracker } = setup();
    await tracker.start();
    lms.refuse('LMSSetValue', '101');
    await expect(tracker.saveState('new')).rejects.toMatchObject({ operation: 'saveState', kind: 'unavailable' });
    await tracker.saveState('new');
    await tracker.flush();
    expect(lms.kept().suspend_data).toBe('new');
  });

  it('rejects flush when the LMS refuses to commit, and succeeds on a later try', async () => {
    const { lms, tracker } = setup();
    await tracker.start();
    await tracker.saveState('S');
    lms.refuse('LMSCommit', '101');
    await expect(tracker.flush()).rejects.toMatchObject({ kind: 'unavailable' });
    expect(lms.kept().suspend_data).toBe('');
    await tracker.flush();
    expect(lms.kept().suspend_data).toBe('S');
  });

  it('ends with session time and exit suspend while the course is not complete', async () => {
    const { lms, tracker, advance } = setup();
    await tracker.start();
    advance(3_723_450);
    await tracker.finish();
    // `suspend` was written at the start (a crash must resume too) and is not sent twice.
    expect(lms.callsOf('LMSSetValue').filter((c) => c.args[0] === 'cmi.core.exit').map((c) => c.args[1])).toEqual(['suspend']);
    expect(lms.callsOf('LMSSetValue').at(-1)?.args).toEqual(['cmi.core.session_time', '0001:02:03.45']);
    expect(lms.calls.filter((c) => !c.method.startsWith('LMSGet')).at(-1)?.method).toBe('LMSFinish');
  });

  it('exits normally once the course is complete, so the LMS can close the attempt', async () => {
    const { lms, tracker } = setup();
    await tracker.start();
    await tracker.record(status({ complete: true, lmsStatus: 'completed', progressMeasure: 1 }));
    await tracker.finish();
    expect(lms.callsOf('LMSSetValue').at(-1)?.args).toEqual(['cmi.core.exit', '']);
  });

  it('writes the location the learner is at', async () => {
    const { lms, tracker } = setup();
    await tracker.start();
    await tracker.record({ type: 'activity-experienced', at, moduleId: 'm2', activityId: 'intro', activityType: 'page' });
    await tracker.finish();
    expect(lms.kept().core).toMatchObject({ lesson_location: 'm2/intro' });
  });

  it.each(['browse', 'review'] as const)('writes nothing in %s mode', async (mode) => {
    const { lms, tracker } = setup({ core: { lesson_mode: mode, lesson_status: 'not attempted' } });
    expect((await tracker.start()).mode).toBe(mode);
    await tracker.record(answered);
    await tracker.record(status({ complete: true, lmsStatus: 'passed', score: 100 }));
    await expect(tracker.saveState('S')).resolves.toBeUndefined();
    await tracker.finish();
    expect(lms.callsOf('LMSSetValue')).toEqual([]);
    expect(lms.calls.map((c) => c.method)).toContain('LMSFinish');
  });

  it('writes the quiz item right answers when it knows the course', async () => {
    const { lms, tracker } = setup();
    await tracker.start();
    tracker.useCourse(courseWithQuiz);
    await tracker.record({ ...answered, kind: 'multiple-response', response: { kind: 'multiple-response', options: ['a'] } });
    expect(lms.current().interactions).toMatchObject({ 0: { type: 'choice', student_response: 'a', correct_responses: { 0: { pattern: 'a,c' } } } });
  });
});

const courseWithQuiz = {
  modules: [
    {
      id: 'm1',
      activities: [{ id: 'quiz', type: 'quiz', items: [{ id: 'q1', kind: 'multiple-response', correct: ['a', 'c'] }] }],
    },
  ],
} as unknown as import('../../../../course/schema/course-data.ts').CourseData;
