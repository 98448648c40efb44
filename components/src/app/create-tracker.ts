/**
 * Picks the tracker this package was built for. `__WM_ADAPTER__` is a build-time constant (one
 * player bundle per adapter, see build/steps/bundle-app.ts), so every branch but one is dead
 * code and the other adapters stay out of the bundle.
 *
 * - `offline` (the web package): progress stays in the browser.
 * - an LMS or LRS adapter: wrapped in `ReliableTracker` (nothing lost while the LMS or the
 *   network fails), inside a `FallbackTracker`: when the LMS is not found (`start()` rejects,
 *   e.g. the package opened outside its LMS) the course falls back to offline storage and keeps
 *   working.
 */
import { Cmi5Tracker } from '../tracking/cmi5/cmi5-tracker.ts';
import { FallbackTracker } from '../tracking/fallback/fallback-tracker.ts';
import { OfflineTracker } from '../tracking/offline/offline-tracker.ts';
import { ReliableTracker } from '../tracking/reliable/reliable-tracker.ts';
import { Scorm12Tracker } from '../tracking/scorm12/scorm12-tracker.ts';
import { Scorm2004Tracker } from '../tracking/scorm2004/scorm2004-tracker.ts';
import { SCORM12_STORAGE_LIMIT, SCORM2004_STORAGE_LIMIT } from '../tracking/storage-limits.ts';
import type { Tracker } from '../tracking/tracker.ts';
import { XapiTracker } from '../tracking/xapi/xapi-tracker.ts';
import type { LaunchConfig } from './launch-config.ts';

declare const __WM_ADAPTER__: 'offline' | 'scorm12' | 'scorm2004' | 'xapi' | 'cmi5';

export function createTracker(config: LaunchConfig): Tracker {
  const offline = () => new OfflineTracker({ courseId: config.courseId });
  const primary = lmsTracker(config);
  if (!primary) return offline();
  return new FallbackTracker({
    primary: new ReliableTracker(primary, {
      key: `workmentor:${config.courseId}:${config.target}:outbox`,
      // For a launch the LMS misses before this device ever reached it: free text must fit anyway.
      ...(storageLimit() ? { storageLimit: storageLimit() } : {}),
    }),
    fallback: offline,
  });
}

/** `cmi.suspend_data` of the SCORM version built for; xAPI and cmi5 State documents have no fixed limit. */
function storageLimit(): number | undefined {
  if (__WM_ADAPTER__ === 'scorm12') return SCORM12_STORAGE_LIMIT;
  if (__WM_ADAPTER__ === 'scorm2004') return SCORM2004_STORAGE_LIMIT;
  return undefined;
}

function lmsTracker(config: LaunchConfig): Tracker | undefined {
  // `if` on the constant rather than a switch: each test folds to true or false at build time.
  if (__WM_ADAPTER__ === 'scorm12') return new Scorm12Tracker({ courseId: config.courseId });
  if (__WM_ADAPTER__ === 'scorm2004') return new Scorm2004Tracker({ courseId: config.courseId });
  // The LMS passes the course's activity id (tincan.xml's launch activity) as `activity_id`.
  if (__WM_ADAPTER__ === 'xapi') return new XapiTracker({ url: location.href });
  if (__WM_ADAPTER__ === 'cmi5') return new Cmi5Tracker({ url: location.href });
  return undefined;
}
