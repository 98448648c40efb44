/**
 * Picks the tracker this package was built for (`__WM_ADAPTER__`, a build-time constant, so
 * other adapters are left out of the bundle). The web target keeps progress in the browser.
 */
import { OfflineTracker } from '../tracking/offline/offline-tracker.ts';
import type { Tracker } from '../tracking/tracker.ts';
import type { LaunchConfig } from './launch-config.ts';

declare const __WM_ADAPTER__: 'offline';

export function createTracker(config: LaunchConfig): Tracker {
  switch (__WM_ADAPTER__) {
    case 'offline':
    default:
      return new OfflineTracker({ courseId: config.courseId });
  }
}
