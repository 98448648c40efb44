import { describe, expect, it } from 'vitest';
import { describeTrackerContract } from '../tracker.contract.ts';
import { MemoryTracker } from './memory-tracker.ts';

describeTrackerContract('MemoryTracker', () => {
  // The instance is the persistence: a new session is the same tracker started again.
  const tracker = new MemoryTracker();
  return { session: () => tracker, recorded: () => tracker.events };
});

describe('MemoryTracker', () => {
  it('launches as configured, a configured state counting as saved in an earlier session', async () => {
    const tracker = new MemoryTracker({ learner: { id: 'l-1', name: 'Emma' }, language: 'nb', state: 'old', storageLimit: 4096 });
    expect(await tracker.start()).toEqual({ learner: { id: 'l-1', name: 'Emma' }, language: 'nb', mode: 'normal', entry: 'resume', state: 'old', storageLimit: 4096 });
    await tracker.saveState('new');
    expect((await tracker.start()).state).toBe('new');
    expect(tracker.starts).toBe(2);
  });

  it('launches in review mode when asked, so the shell records nothing', async () => {
    expect((await new MemoryTracker({ mode: 'review' }).start()).mode).toBe('review');
  });

  it('shows what was saved, whether it finished, and events by type', async () => {
    const tracker = new MemoryTracker();
    await tracker.start();
    await tracker.record({ type: 'launched', at: '2025-06-30T09:15:00.000Z' });
    await tracker.record({ type: 'module-completed', at: '2025-06-30T09:16:00.000Z', moduleId: 'm' });
    await tracker.saveState('s1');
    await tracker.finish();
    expect(tracker.states).toEqual(['s1']);
    expect(tracker.finished).toBe(true);
    expect(tracker.eventsOf('module-completed').map((e) => e.moduleId)).toEqual(['m']);
  });
});
