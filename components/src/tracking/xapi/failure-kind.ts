/**
 * What a failed LRS request or launch means for the reliable wrapper (reliable/): try again
 * later, or never. Shared by the xAPI and cmi5 trackers.
 *
 * - A launch URL without launch parameters at all is a package opened outside its LMS:
 *   `absent`, so the course runs on this device (fallback/). One with parameters that cannot be
 *   used (a broken actor, no endpoint) will not get better either: `rejected`.
 * - The LRS refusing the request itself (400, 401, 403, 404 on a statement, 413) will refuse it
 *   again: `rejected`. ADL's cmi5 player answers 401 to an actor that is not the launch's.
 * - Anything else (no answer, 5xx, 408, 429, a network error) may pass: `unavailable`.
 */
import type { TrackerProblemKind } from '../tracker.ts';
import { LaunchError } from './launch-params.ts';
import { LrsError } from './lrs-client.ts';

const REFUSED = new Set([400, 401, 403, 404, 405, 409, 412, 413, 415, 422]);

/**
 * `launchParams`: the names of the tracker's own launch convention (each tracker passes its
 * own, so neither bundle carries the other's); none of them in `pageUrl` means "not launched by
 * an LMS".
 */
export function failureKind(error: unknown, pageUrl: string, launchParams: readonly string[]): TrackerProblemKind {
  if (error instanceof LaunchError) {
    const search = new URL(pageUrl).searchParams;
    return launchParams.some((name) => search.has(name)) ? 'rejected' : 'absent';
  }
  if (error instanceof LrsError) return REFUSED.has(error.status) ? 'rejected' : 'unavailable';
  return 'unavailable';
}
