import { describe, expect, it } from 'vitest';
import { readLearnerPreferences } from './learner-preferences.ts';

describe('readLearnerPreferences', () => {
  it('takes the first language of the list and the audio preference', () => {
    expect(readLearnerPreferences({ languagePreference: 'nb-NO, en-US,fr-FR', audioPreference: 'off' })).toEqual({ language: 'nb-NO', audio: 'off' });
  });

  it('reads no document, null, absent, empty or odd values as no preference, never as an error', () => {
    for (const doc of [undefined, null, 'on', {}, { languagePreference: null, audioPreference: null }, { languagePreference: '', audioPreference: 'loud' }, { languagePreference: 7 }]) {
      expect(readLearnerPreferences(doc), JSON.stringify(doc)).toEqual({});
    }
    expect(readLearnerPreferences({ languagePreference: null, audioPreference: 'on' })).toEqual({ audio: 'on' });
    expect(readLearnerPreferences({ languagePreference: 'nl-BE' })).toEqual({ language: 'nl-BE' });
  });
});
