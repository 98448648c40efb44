import { describe, expect, it } from 'vitest';
import { readLaunchConfig } from '../../components/src/app/read-launch-config.ts';

/** Just enough of `Document` for readLaunchConfig: the launch configuration's script text. */
const page = (config: object): Document => ({ getElementById: (id: string) => (id === 'wm-launch-config' ? { textContent: JSON.stringify(config) } : null) }) as unknown as Document;
const config = (locales: string[], sourceLocale = locales[0]) => ({ courseId: 'c', version: '1.0.0', title: 'T', target: 'web', sourceLocale, locales });

describe('the launch configuration the player reads', () => {
  it('accepts any language the course was built with, not a fixed list', () => {
    for (const locales of [['en', 'de'], ['de'], ['ar', 'en'], ['pt-BR', 'sv', 'zh-Hant']]) {
      expect(readLaunchConfig(page(config(locales))).locales).toEqual(locales);
    }
  });

  it('refuses a tag that is not one, and says which field is wrong', () => {
    expect(() => readLaunchConfig(page(config(['en', '../x'])))).toThrow('"locales" holds "../x", which is not a language tag');
    expect(() => readLaunchConfig(page(config(['en', 'DE'])))).toThrow('"locales" holds "DE"');
    expect(() => readLaunchConfig(page(config(['en', 'de'], 'nl')))).toThrow('"sourceLocale" "nl" is not one of "locales"');
    expect(() => readLaunchConfig(page(config([])))).toThrow('"locales" is not a list of languages');
  });
});
