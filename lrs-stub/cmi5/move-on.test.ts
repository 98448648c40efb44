/** The moveOn rules of cmi5, one per criterion. */
import { describe, expect, it } from 'vitest';
import { CMI5_VERBS, isSatisfied, progressOf } from './move-on.ts';

const none = progressOf([]);
const completed = progressOf([CMI5_VERBS.completed]);
const passed = progressOf([CMI5_VERBS.passed]);
const both = progressOf([CMI5_VERBS.completed, CMI5_VERBS.passed]);
const failed = progressOf([CMI5_VERBS.failed, CMI5_VERBS.completed]);

describe('moveOn', () => {
  it('Passed needs a passed statement', () => {
    expect(isSatisfied('Passed', passed)).toBe(true);
    expect(isSatisfied('Passed', completed)).toBe(false);
  });
  it('Completed needs a completed statement', () => {
    expect(isSatisfied('Completed', completed)).toBe(true);
    expect(isSatisfied('Completed', passed)).toBe(false);
  });
  it('CompletedAndPassed needs both', () => {
    expect(isSatisfied('CompletedAndPassed', both)).toBe(true);
    expect(isSatisfied('CompletedAndPassed', completed)).toBe(false);
    expect(isSatisfied('CompletedAndPassed', failed)).toBe(false);
  });
  it('CompletedOrPassed needs either', () => {
    expect(isSatisfied('CompletedOrPassed', completed)).toBe(true);
    expect(isSatisfied('CompletedOrPassed', passed)).toBe(true);
    expect(isSatisfied('CompletedOrPassed', none)).toBe(false);
  });
  it('NotApplicable is satisfied from the start', () => expect(isSatisfied('NotApplicable', none)).toBe(true));
  it('waived satisfies any rule', () => expect(isSatisfied('CompletedAndPassed', progressOf(['https://w3id.org/xapi/adl/verbs/waived']))).toBe(true));
});
