import { describe, expect, it } from 'vitest';
import { findApi, type ApiHost } from './api-discovery.ts';

type Frame = ApiHost & Record<string, unknown>;
const api = { LMSInitialize: () => 'true' };

/** A chain of `depth` frames under `top`; returns the innermost. */
function chain(top: Frame, depth: number): Frame {
  let frame = top;
  for (let n = 0; n < depth; n += 1) frame = { parent: frame, opener: null };
  return frame;
}
const topWindow = (extra: Record<string, unknown> = {}): Frame => {
  const top: Frame = { parent: null, opener: null, ...extra };
  (top as { parent: ApiHost }).parent = top; // a top window is its own parent
  return top;
};

describe('finding the SCORM API', () => {
  it('finds it on the SCO window itself', () => {
    expect(findApi({ parent: null, opener: null, API: api } as Frame, 'API')).toBe(api);
  });

  it('finds it on the parent frame, as Moodle places it', () => {
    expect(findApi(chain(topWindow({ API: api }), 1), 'API')).toBe(api);
  });

  it('climbs up to ten parent frames and no further', () => {
    expect(findApi(chain(topWindow({ API: api }), 10), 'API')).toBe(api);
    expect(findApi(chain(topWindow({ API: api }), 11), 'API')).toBeUndefined();
  });

  it('looks for the name of its version only', () => {
    const sco = chain(topWindow({ API: api }), 1);
    expect(findApi(sco, 'API_1484_11')).toBeUndefined();
    expect(findApi(chain(topWindow({ API_1484_11: api }), 2), 'API_1484_11')).toBe(api);
  });

  it('looks in the opener, and in the opener of the top frame, of a pop-up', () => {
    const lms = chain(topWindow({ API: api }), 1);
    expect(findApi({ parent: null, opener: lms }, 'API')).toBe(api);
    const popupTop = topWindow({ opener: lms });
    expect(findApi(chain(popupTop, 2), 'API')).toBe(api);
  });

  it('stops at a frame from another origin instead of throwing', () => {
    const foreign = {
      get parent(): ApiHost {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
      get opener(): unknown {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    };
    expect(findApi({ parent: foreign, opener: null }, 'API')).toBeUndefined();
  });

  it('ignores a value that is not an object', () => {
    expect(findApi(chain(topWindow({ API: 'yes' }), 1), 'API')).toBeUndefined();
  });
});
