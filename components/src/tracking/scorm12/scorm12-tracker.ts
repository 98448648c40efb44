/**
 * The tracker for SCORM 1.2 packages (the version Moodle and the Moodle app play fully):
 * `ScormTracker` with the SCORM 1.2 mapping. How events become CMI writes is in
 * scorm12-mapping.ts; discovery, failure rules and the fallback contract with
 * `create-tracker.ts` (`start()` rejects with `TrackerError` kind `unavailable` when no LMS
 * answers, and the caller falls back to offline storage) are in scorm-common/scorm-tracker.ts.
 */
import { ScormTracker, type ScormTrackerOptions } from '../scorm-common/scorm-tracker.ts';
import { scorm12Mapping } from './scorm12-mapping.ts';

export type Scorm12TrackerOptions = ScormTrackerOptions;

export class Scorm12Tracker extends ScormTracker {
  constructor(options: Scorm12TrackerOptions) {
    super(scorm12Mapping, options);
  }
}
