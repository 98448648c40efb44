/**
 * The tracker for SCORM 2004 4th edition packages: `ScormTracker` with the SCORM 2004
 * mapping. How events become CMI writes is in scorm2004-mapping.ts; discovery, failure rules
 * and the fallback contract with `create-tracker.ts` (`start()` rejects with `TrackerError`
 * kind `unavailable` when no LMS answers, and the caller falls back to offline storage) are in
 * scorm-common/scorm-tracker.ts.
 */
import { ScormTracker, type ScormTrackerOptions } from '../scorm-common/scorm-tracker.ts';
import { scorm2004Mapping } from './scorm2004-mapping.ts';

export type Scorm2004TrackerOptions = ScormTrackerOptions;

export class Scorm2004Tracker extends ScormTracker {
  constructor(options: Scorm2004TrackerOptions) {
    super(scorm2004Mapping, options);
  }
}
