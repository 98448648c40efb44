/**
 * Finding the LMS's SCORM API object, the way the ADL run-time environment specifications
 * describe it: the SCO looks in its own window, then up the chain of parent frames (Moodle puts
 * the API on the page around the SCO's frame), then in the window that opened it (an LMS that
 * launches SCOs in a pop-up) and that window's parents. SCORM 1.2 calls the object `API`,
 * SCORM 2004 `API_1484_11`.
 *
 * A frame from another origin throws on any property read; that ends the search along that
 * chain rather than the course, and the tracker then reports "no LMS" (see scorm-tracker.ts).
 */

/** The part of `Window` the search reads; `Window` itself fits, and so does a test double. */
export interface ApiHost {
  readonly parent: ApiHost | null;
  readonly opener: unknown;
}

export type ScormApiName = 'API' | 'API_1484_11';

/** Parent frames climbed from one window: ADL's reference code gives up after 7 for SCORM 1.2. */
export const MAX_FRAME_LEVELS = 10;

export function findApi(start: ApiHost, name: ScormApiName, maxLevels = MAX_FRAME_LEVELS): object | undefined {
  const own = searchUp(start, name, maxLevels);
  if (own.api) return own.api;
  // A pop-up opened by the LMS: the opener of the SCO's window, or of the pop-up's top frame.
  for (const opener of new Set([openerOf(start), openerOf(own.top)])) {
    const found = opener && searchUp(opener, name, maxLevels).api;
    if (found) return found;
  }
  return undefined;
}

interface Search {
  api?: object;
  /** The highest window reached. */
  top: ApiHost;
}

function searchUp(start: ApiHost, name: ScormApiName, maxLevels: number): Search {
  let current = start;
  for (let level = 0; level <= maxLevels; level += 1) {
    try {
      const api = (current as unknown as Record<string, unknown>)[name];
      if (typeof api === 'object' && api !== null) return { api, top: current };
      const parent = current.parent;
      if (!parent || parent === current) break;
      current = parent;
    } catch {
      // A frame from another origin: nothing further up this chain can be read.
      break;
    }
  }
  return { top: current };
}

function openerOf(host: ApiHost): ApiHost | undefined {
  try {
    const opener = host.opener;
    return typeof opener === 'object' && opener !== null ? (opener as ApiHost) : undefined;
  } catch {
    return undefined;
  }
}
