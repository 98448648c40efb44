import { describe, expect, it } from 'vitest';
import { wrapLabel } from './wrap-label.ts';

describe('wrapLabel', () => {
  it('breaks a long name at spaces into lines of about the width', () => {
    expect(wrapLabel('Being a mentor: why it matters and what it takes', 20)).toEqual(['Being a mentor: why', 'it matters and what', 'it takes']);
  });

  it('keeps at most maxLines, the last ending in an ellipsis', () => {
    expect(wrapLabel('Being a mentor: why it matters and what it takes', 12, 2)).toEqual(['Being a', 'mentor: why…']);
  });

  it('keeps a closing parenthesis on a line of its own, so two names that differ only there stay apart', () => {
    expect(wrapLabel('Being a mentor: why it matters and what it takes (English)', 12)).toEqual(['Being a', 'mentor: why…', '(English)']);
    expect(wrapLabel('Being a mentor: why it matters and what it takes (Dutch)', 12)).toEqual(['Being a', 'mentor: why…', '(Dutch)']);
  });

  it('breaks a long id after its hyphens rather than clipping it', () => {
    expect(wrapLabel('q-specific-behaviour', 12)).toEqual(['q-specific-', 'behaviour']);
    expect(wrapLabel('⚑ q-timely-feedback', 12)).toEqual(['⚑ q-timely-', 'feedback']);
  });

  it('leaves short labels alone', () => {
    expect(wrapLabel('Started', 12)).toEqual(['Started']);
    expect(wrapLabel('', 12)).toEqual(['']);
  });

  it('never leaves a line longer than the width, so chart.js has nothing to clip (seen at 360 px)', () => {
    expect(wrapLabel('Communicating with the school (Norwegian Bokmål)', 12)).toEqual(['Communicatin…', '(Norwegian', 'Bokmål)']);
    expect(wrapLabel('Communicating', 12)).toEqual(['Communicatin', 'g']);
    for (const label of ['Preparing the placement: tasks, training plan and first day (Norwegian Bokmål)', 'Responsibilities']) {
      for (const line of wrapLabel(label, 12)) expect(line.length).toBeLessThanOrEqual(13);
    }
  });
});
