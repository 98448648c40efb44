import { describe, expect, it } from 'vitest';
import { closest, editDistance } from './did-you-mean.ts';

describe('did you mean', () => {
  it('counts a swap of two neighbours as one edit and ignores case', () => {
    expect(editDistance('nxet', 'next')).toBe(1);
    expect(editDistance('passmark', 'passMark')).toBe(0);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('suggests the closest known name for a typo', () => {
    expect(closest('nxt', ['id', 'text', 'next', 'feedback'])).toBe('next');
    expect(closest('feedbak', ['id', 'text', 'next', 'feedback'])).toBe('feedback');
    expect(closest('passmark', ['passMark'])).toBe('passMark');
  });

  it('suggests nothing when no name is plausibly meant', () => {
    expect(closest('colour', ['id', 'text', 'next'])).toBeUndefined();
    expect(closest('x', [])).toBeUndefined();
  });
});
