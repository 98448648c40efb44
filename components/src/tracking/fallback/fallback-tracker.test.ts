import { describe, expect, it } from 'vitest';
import type { CourseData } from '../../../../course/schema/course-data.ts';
import { MemoryTracker } from '../memory/memory-tracker.ts';
import { MemoryStorage } from '../offline/memory-storage.ts';
import { OfflineTracker } from '../offline/offline-tracker.ts';
import { describeTrackerContract } from '../tracker.contract.ts';
import { TrackerError, type LaunchInfo, type Tracker, type TrackerProblem, type TrackerUpdate } from '../tracker.ts';
import { FallbackTracker } from './fallback-tracker.ts';

/** An LMS tracker that finds no LMS. */
class NoLmsTracker extends MemoryTracker {
  override start(): Promise<LaunchInfo> {
    return Promise.reject(new TrackerError({ operation: 'start', kind: 'absent', message: 'No SCORM API found in this window or its parents.' }));
  }
}

describeTrackerContract('FallbackTracker, no LMS found (offline fallback)', () => {
  const storage = new MemoryStorage();
  return {
    session: () => new FallbackTracker({ primary: new NoLmsTracker(), fallback: () => new OfflineTracker({ courseId: 'c', storage }) }),
    recorded: () => new OfflineTracker({ courseId: 'c', storage }).events(),
  };
});

describeTrackerContract('FallbackTracker, LMS found', () => {
  const lms = new MemoryTracker();
  return { session: () => new FallbackTracker({ primary: lms, fallback: () => new MemoryTracker() }), recorded: () => lms.events };
});

const event = { type: 'module-completed', at: '2025-06-30T09:15:00.000Z', moduleId: 'first-weeks' } as const;

describe('FallbackTracker', () => {
  it('keeps working in the browser when the LMS tracker cannot start, and says why once', async () => {
    const problems: TrackerProblem[] = [];
    const storage = new MemoryStorage();
    const tracker = new FallbackTracker({ primary: new NoLmsTracker(), fallback: () => new OfflineTracker({ courseId: 'c', storage }), onProblem: (p) => problems.push(p) });
    const launch = await tracker.start();
    expect(launch.entry).toBe('ab-initio');
    expect(tracker.active).toBeInstanceOf(OfflineTracker);
    await tracker.record(event);
    await tracker.saveState('1A.');
    expect(new OfflineTracker({ courseId: 'c', storage }).events()).toEqual([event]);
    expect(problems).toEqual([{ operation: 'start', kind: 'absent', message: expect.stringContaining('No SCORM API found') }]);
  });

  it('tells watchers that progress stays on this device when there is no LMS', async () => {
    const tracker = new FallbackTracker({ primary: new NoLmsTracker(), fallback: () => new MemoryTracker() });
    const health: string[] = [];
    tracker.watch((u) => u.type === 'health' && health.push(u.health));
    await tracker.start();
    expect(health).toEqual(['device-only']);
  });

  it('passes on what the LMS tracker tells while it is in use', async () => {
    const lms = Object.assign(new MemoryTracker(), {
      watch(listener: (u: TrackerUpdate) => void) {
        queueMicrotask(() => listener({ type: 'health', health: 'waiting' }));
        return () => undefined;
      },
    });
    const tracker = new FallbackTracker({ primary: lms, fallback: () => new MemoryTracker() });
    const updates: TrackerUpdate[] = [];
    tracker.watch((u) => updates.push(u));
    await tracker.start();
    expect(updates).toEqual([{ type: 'health', health: 'waiting' }]);
  });

  it('uses the LMS tracker when it starts, and never makes the fallback', async () => {
    const lms = new MemoryTracker();
    let made = 0;
    const tracker = new FallbackTracker({ primary: lms, fallback: () => (made++, new MemoryTracker()) });
    await tracker.start();
    await tracker.record(event);
    expect(lms.events).toEqual([event]);
    expect(made).toBe(0);
  });

  it('hands the course to the tracker chosen, also when the shell gave it before start', async () => {
    const given: CourseData[] = [];
    const fallback: Tracker = Object.assign(new MemoryTracker(), { useCourse: (c: CourseData) => given.push(c) });
    const tracker = new FallbackTracker({ primary: new NoLmsTracker(), fallback: () => fallback });
    const course = { id: 'c' } as CourseData;
    tracker.useCourse(course);
    await tracker.start();
    expect(given).toEqual([course]);
  });

  it('rejects a save before start with a TrackerError, so the shell can tell the learner', async () => {
    const tracker = new FallbackTracker({ primary: new MemoryTracker(), fallback: () => new MemoryTracker() });
    await expect(tracker.saveState('x')).rejects.toMatchObject({ name: 'TrackerError', kind: 'unavailable' });
  });
});
