import { describe, expect, it } from 'vitest';
import { isWellFormedCode, opensRequest, reopenCode, requestCode } from './reopen-code.ts';

const request = { courseId: 'workmentor', learnerId: 'moodle-42', attemptsUsed: 3 };

describe('reopen codes', () => {
  it('shows a short request code, the same on every reload', () => {
    expect(requestCode(request)).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{3}$/);
    expect(requestCode(request)).toBe(requestCode({ ...request }));
  });

  it('gives another request for another learner, course or locked round', () => {
    const codes = new Set([
      requestCode(request),
      requestCode({ ...request, learnerId: 'moodle-43' }),
      requestCode({ ...request, courseId: 'other' }),
      requestCode({ ...request, attemptsUsed: 6 }),
    ]);
    expect(codes.size).toBe(4);
  });

  it('opens the request it was made for, typed in any case and with O for 0', () => {
    const asked = requestCode(request);
    const code = reopenCode(asked)!;
    expect(opensRequest(asked, code)).toBe(true);
    expect(opensRequest(asked, ` ${code.toLowerCase().replace('-', '').replace(/0/g, 'o')} `)).toBe(true);
    expect(opensRequest(requestCode({ ...request, attemptsUsed: 6 }), code)).toBe(false);
    expect(opensRequest(requestCode({ ...request, learnerId: 'other' }), code)).toBe(false);
  });

  it('tells a typo from a wrong code by the check character', () => {
    const code = reopenCode(requestCode(request))!;
    const typo = (code[0] === 'A' ? 'B' : 'A') + code.slice(1);
    expect(isWellFormedCode(code)).toBe(true);
    expect(isWellFormedCode(typo)).toBe(false);
    expect(reopenCode('NOT-A-CODE')).toBeUndefined();
  });
});
