/** The register's settings from the environment, and the language it speaks to a visitor. */
import { describe, expect, it } from 'vitest';
import { languageFromAcceptLanguage } from './register-language.ts';
import { DEFAULT_ISSUER_NAME, registerSettingsFromEnv } from './register-settings.ts';

describe('registerSettingsFromEnv', () => {
  it('takes the school, the course version and the public URL from the environment', () => {
    expect(
      registerSettingsFromEnv({
        REGISTER_ISSUER_NAME: ' Sint-Jozefinstituut ',
        REGISTER_ISSUER_URL: 'https://sji.example.be',
        REGISTER_ISSUER_EMAIL: 'mentoren@sji.example.be',
        REGISTER_COURSE_VERSION: '1.2.0',
        LRS_PUBLIC_URL: 'https://lrs.sji.example.be',
      }),
    ).toEqual({ issuer: { name: 'Sint-Jozefinstituut', url: 'https://sji.example.be', email: 'mentoren@sji.example.be' }, courseVersion: '1.2.0', publicUrl: 'https://lrs.sji.example.be' });
  });

  it('falls back to a generic name and this machine\'s address', () => {
    expect(registerSettingsFromEnv({ PORT: '9000' })).toEqual({ issuer: { name: DEFAULT_ISSUER_NAME }, publicUrl: 'http://127.0.0.1:9000' });
  });

  it('names the variable that is wrong', () => {
    expect(() => registerSettingsFromEnv({ REGISTER_ISSUER_URL: 'sji.example.be' })).toThrow(/REGISTER_ISSUER_URL: REGISTER_ISSUER_URL must be an http\(s\) URL/);
    expect(() => registerSettingsFromEnv({ LRS_PUBLIC_URL: 'ftp://x.example' })).toThrow(/LRS_PUBLIC_URL/);
  });
});

describe('languageFromAcceptLanguage', () => {
  it('picks the most wanted language we have, by q-value then order', () => {
    expect(languageFromAcceptLanguage('fr;q=1, nb;q=0.4, nl-BE;q=0.8')).toBe('nl');
    expect(languageFromAcceptLanguage('nn-NO, en;q=0.1')).toBe('nb');
    expect(languageFromAcceptLanguage('de, nl;q=0')).toBe('en');
    expect(languageFromAcceptLanguage(undefined)).toBe('en');
    expect(languageFromAcceptLanguage('*')).toBe('en');
  });
});
