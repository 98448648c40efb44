/**
 * The tracker of a tab that does not record (tab-guard/: the same course attempt is open in
 * another tab, which records). It talks to no LMS at all, so this tab can neither overwrite the
 * other tab's progress with its older copy nor send anything twice: the course opens in review
 * mode, empty, and the shell tells the learner which tab keeps recording.
 */
import type { LaunchInfo, Tracker } from '../tracking/tracker.ts';

export class OtherTabTracker implements Tracker {
  start(): Promise<LaunchInfo> {
    return Promise.resolve({ learner: { id: 'other-tab' }, mode: 'review', entry: 'ab-initio' });
  }

  record(): Promise<void> {
    return Promise.resolve();
  }

  saveState(): Promise<void> {
    return Promise.resolve();
  }

  finish(): Promise<void> {
    return Promise.resolve();
  }
}
