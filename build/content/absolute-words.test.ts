import { describe, expect, it } from 'vitest';
import { absoluteWordsIn } from './absolute-words.ts';

describe('absoluteWordsIn', () => {
  it('finds the qualifiers test-wise learners read as "false", whole words and phrases only', () => {
    expect(absoluteWordsIn('A mentor must always check the work alone.', 'en')).toEqual(['must', 'always', 'alone']);
    expect(absoluteWordsIn('Asking "All clear?" is enough.', 'en')).toEqual(['all', 'is enough']);
    expect(absoluteWordsIn('Small steps help a learner speak up.', 'en')).toEqual([]);
  });

  it('has its own list for Dutch and Norwegian', () => {
    expect(absoluteWordsIn('Een mentor doet dit altijd alleen.', 'nl')).toEqual(['altijd', 'alleen']);
    expect(absoluteWordsIn('Dat volstaat niet in alle gevallen.', 'nl')).toEqual(['volstaat', 'in alle gevallen']);
    expect(absoluteWordsIn('Instruktøren må aldri gjøre det alene.', 'nb')).toEqual(['må', 'aldri', 'alene']);
    // "alltid" is Norwegian, not Dutch: each language is read with its own words.
    expect(absoluteWordsIn('Dette skjer alltid.', 'nl')).toEqual([]);
  });

  it('ignores case and line breaks inside a phrase', () => {
    expect(absoluteWordsIn('NEVER. That\nis enough.', 'en')).toEqual(['never', 'is enough']);
  });
});
