import { expect, it } from 'vitest';
import { mayHaveWritten } from './statements-written.ts';

it('counts successful writes under /xapi/ and /cmi5/, and nothing else', () => {
  expect(mayHaveWritten({ method: 'POST', url: '/xapi/statements' }, 200)).toBe(true);
  expect(mayHaveWritten({ method: 'PUT', url: '/xapi/statements?statementId=x' }, 204)).toBe(true);
  expect(mayHaveWritten({ method: 'POST', url: '/cmi5/launch' }, 200)).toBe(true);
  expect(mayHaveWritten({ method: 'GET', url: '/xapi/statements' }, 200)).toBe(false);
  expect(mayHaveWritten({ method: 'HEAD', url: '/xapi/statements' }, 200)).toBe(false);
  expect(mayHaveWritten({ method: 'POST', url: '/xapi/statements' }, 400)).toBe(false);
  expect(mayHaveWritten({ method: 'POST', url: '/dashboard/api/session' }, 200)).toBe(false);
  expect(mayHaveWritten({ method: 'POST', url: '/xapistatements' }, 200)).toBe(false);
});
