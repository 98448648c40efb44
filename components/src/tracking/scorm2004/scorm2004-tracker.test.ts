import { describe, expect, it } from 'vitest';
import type { CourseData } from '../../../../course/schema/course-data.ts';
import type { LearnerEvent } from '../learner-event.ts';
import { describeTrackerContract } from '../tracker.contract.ts';
import type { TrackerProblem } from '../tracker.ts';
import { ScormAgainLms } from '../scorm-common/scorm-again-lms.ts';
import { Scorm2004Tracker } from './scorm2004-tracker.ts';

describeTrackerContract('Scorm2004Tracker', () => {
  const lms = new ScormAgainLms('2004', { learner_id: 'learner-7', learner_name: 'Peeters, An' });
  let last: Scorm2004Tracker | undefined;
  return {
    session: () => (last = new Scorm2004Tracker({ courseId: 'c', window: lms.launch() as Window })),
    recorded: () => [...(last?.recorded ?? [])],
  };
});

const at = '2025-06-30T09:15:00.000Z';
const course = { modules: [{ id: 'intro', activities: [] }, { id: 'feedback', activities: [] }] } as unknown as CourseData;

function setup(initial: Record<string, unknown> = {}) {
  const lms = new ScormAgainLms('2004', { learner_id: 's-1', learner_name: 'Janssens, Emma', ...initial });
  const problems: TrackerProblem[] = [];
  let clock = 0;
  const tracker = new Scorm2004Tracker({ courseId: 'c', window: lms.launch() as Window, onProblem: (p) => problems.push(p), now: () => clock });
  return { lms, tracker, problems, advance: (ms: number) => (clock += ms) };
}

describe('Scorm2004Tracker', () => {
  it('finds API_1484_11 and launches with what the LMS says about the learner', async () => {
    const { tracker } = setup({ entry: 'resume', completion_status: 'incomplete', suspend_data: 'S', learner_preference: { language: 'nl-BE' } });
    expect(await tracker.start()).toEqual({ learner: { id: 's-1', name: 'Emma Janssens' }, language: 'nl-BE', mode: 'normal', entry: 'resume', state: 'S', storageLimit: 64000 });
  });

  it('marks a first launch incomplete and commits it', async () => {
    const { lms, tracker } = setup();
    await tracker.start();
    expect(lms.kept()).toMatchObject({ completion_status: 'incomplete' });
  });

  it('reports completion, success, progress and both scores, committed at once', async () => {
    const { lms, tracker } = setup();
    await tracker.start();
    await tracker.record({ type: 'course-status', at, complete: true, passed: true, score: 87.5, progressMeasure: 1, lmsStatus: 'passed' });
    expect(lms.kept()).toMatchObject({
      completion_status: 'completed',
      success_status: 'passed',
      progress_measure: '1',
      score: { scaled: '0.875', raw: '87.5', min: '0', max: '100' },
    });
  });

  it('creates one objective per module when it learns the course, and completes it with the module', async () => {
    const { lms, tracker } = setup();
    await tracker.start();
    tracker.useCourse(course);
    tracker.useCourse(course); // a language switch adds nothing
    await tracker.record({ type: 'module-completed', at, moduleId: 'feedback' });
    expect(lms.kept().objectives).toMatchObject({ 0: { id: 'intro', completion_status: 'unknown' }, 1: { id: 'feedback', completion_status: 'completed', progress_measure: '1' } });
    expect(Object.keys(lms.kept().objectives as object)).toHaveLength(2);
  });

  it('finds the objectives of an earlier session instead of adding them again', async () => {
    const { lms, tracker } = setup({ completion_status: 'incomplete', objectives: { 0: { id: 'feedback' } } });
    tracker.useCourse(course);
    await tracker.start();
    await tracker.record({ type: 'module-completed', at, moduleId: 'feedback' });
    expect(lms.current().objectives).toMatchObject({ 0: { id: 'feedback', completion_status: 'completed' }, 1: { id: 'intro' } });
  });

  it('records reflections as long-fill-in interactions', async () => {
    const { lms, tracker } = setup();
    await tracker.start();
    const text = 'Ik vraag eerst wat de leerling zelf al zag. '.repeat(20);
    await tracker.record({ type: 'reflection-saved', at, moduleId: 'intro', activityId: 'my-role', answers: { first: text, empty: ' ', second: 'kort' } });
    await tracker.flush();
    expect(lms.kept().interactions).toMatchObject({
      0: { id: 'intro.my-role.first', type: 'long-fill-in', learner_response: text, timestamp: '2025-06-30T09:15:00.00Z' },
      1: { id: 'intro.my-role.second', learner_response: 'kort' },
    });
  });

  it('ends with an ISO 8601 session time, suspended also once complete, so Moodle hands the data back', async () => {
    const { lms, tracker, advance } = setup();
    await tracker.start();
    await tracker.record({ type: 'course-status', at, complete: true, passed: true, progressMeasure: 1, lmsStatus: 'completed' });
    advance(3_723_000);
    await tracker.finish();
    expect(lms.callsOf('SetValue').at(-1)?.args).toEqual(['cmi.session_time', 'PT1H2M3S']);
    expect(lms.kept()).toMatchObject({ exit: 'suspend' });
    expect(lms.calls.filter((c) => !c.method.startsWith('Get')).at(-1)?.method).toBe('Terminate');
  });

  it('never lowers completion, success or score the LMS held at launch', async () => {
    const { lms, tracker } = setup({ entry: 'resume', completion_status: 'completed', success_status: 'passed', score: { raw: '85', scaled: '0.85' }, progress_measure: '1' });
    await tracker.start();
    await tracker.record({ type: 'course-status', at, complete: true, passed: false, score: 40, progressMeasure: 1, lmsStatus: 'failed' });
    await tracker.record({ type: 'course-status', at, complete: false, passed: false, progressMeasure: 0.1, lmsStatus: 'incomplete' });
    await tracker.flush();
    expect(lms.kept()).toMatchObject({ completion_status: 'completed', success_status: 'passed', progress_measure: '1', score: { raw: '85', scaled: '0.85' } });
  });

  it('suspends the session from its start, committed, so a crash resumes', async () => {
    const { lms, tracker } = setup();
    await tracker.start();
    expect(lms.kept()).toMatchObject({ exit: 'suspend', completion_status: 'incomplete' });
  });

  it('suspends an unfinished course', async () => {
    const { lms, tracker } = setup();
    await tracker.start();
    await tracker.finish();
    expect(lms.kept()).toMatchObject({ exit: 'suspend' });
  });

  it('rejects a state over 64000 characters', async () => {
    const { tracker } = setup();
    await tracker.start();
    await expect(tracker.saveState('x'.repeat(64001))).rejects.toMatchObject({ kind: 'quota' });
    await expect(tracker.saveState('x'.repeat(64000))).resolves.toBeUndefined();
  });

  it.each(['browse', 'review'] as const)('writes nothing in %s mode', async (mode) => {
    const { lms, tracker } = setup({ mode });
    expect((await tracker.start()).mode).toBe(mode);
    tracker.useCourse(course);
    const events: LearnerEvent[] = [
      { type: 'module-completed', at, moduleId: 'intro' },
      { type: 'course-status', at, complete: true, passed: true, score: 100, progressMeasure: 1, lmsStatus: 'passed' },
    ];
    for (const event of events) await tracker.record(event);
    await tracker.saveState('S');
    await tracker.finish();
    expect(lms.callsOf('SetValue')).toEqual([]);
    expect(lms.calls.map((c) => c.method)).toContain('Terminate');
  });
});
