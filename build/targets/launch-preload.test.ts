import { describe, expect, it } from 'vitest';
import { hostPageLanguage } from '../../components/src/elements/wm-course/host-page-language.ts';
import { chooseLocale } from '../../components/src/elements/wm-course/locale-choice.ts';
import type { Locale } from '../../course/schema/ids.ts';
import { launchPreloadScript } from './launch-preload.ts';

interface Situation {
  stored?: string | null;
  /** `lang` of the frames above the player, nearest first; 'cross-origin' throws like a foreign frame. */
  frames?: (string | 'cross-origin')[];
  browser?: string[] | undefined;
  locales?: Locale[];
  storageThrows?: boolean;
}

/** Runs the launch page's script against a fake page; returns the links it added to the head. */
function run(situation: Situation, app = new Map([['nl.js', Buffer.from('')], ['nb.js', Buffer.from('')]])): { rel: string; href: string; as?: string; crossOrigin?: string }[] {
  const locales = situation.locales ?? ['en', 'nl', 'nb'];
  const html = launchPreloadScript({ courseId: 'course-x', app, locales });
  const source = /<script>([\s\S]*)<\/script>/.exec(html)![1]!;
  const added: { rel: string; href: string; as?: string; crossOrigin?: string }[] = [];
  const config = JSON.stringify({ locales, sourceLocale: 'en' });
  const document = {
    getElementById: (id: string) => (id === 'wm-launch-config' ? { textContent: config } : null),
    createElement: () => ({}) as { rel: string; href: string },
    head: { append: (link: { rel: string; href: string }) => added.push(link) },
  };
  const window = frameChain(situation.frames ?? []);
  const localStorage = {
    getItem: (key: string) => {
      if (situation.storageThrows) throw new Error('denied');
      return key === 'workmentor:course-x:locale' ? (situation.stored ?? null) : null;
    },
  };
  const navigator = { languages: situation.browser };
  new Function('window', 'document', 'localStorage', 'navigator', source)(window, document, localStorage, navigator);
  return added;
}

/** The player's window below frames with these `lang`s, nearest first; the last is the top window. */
function frameChain(frames: readonly string[]): Window {
  type Frame = { parent?: Frame; document?: unknown };
  const ancestors: Frame[] = frames.map((lang) =>
    lang === 'cross-origin'
      ? Object.defineProperty({}, 'document', { get: () => { throw new Error('cross-origin frame'); } })
      : { document: { documentElement: { lang } } },
  );
  ancestors.forEach((frame, i) => (frame.parent = ancestors[i + 1] ?? frame));
  const player: Frame = {};
  player.parent = ancestors[0] ?? player;
  return player as unknown as Window;
}

/** The player's own choice without the LMS's word (which the launch page cannot know). */
const expected = (s: Situation): Locale => {
  const page = hostPageLanguage(frameChain(s.frames ?? []));
  return chooseLocale(s.locales ?? ['en', 'nl', 'nb'], 'en', {
    stored: s.storageThrows ? null : s.stored,
    ...(page ? { page } : {}),
    browser: s.browser ?? [],
  });
};

const SITUATIONS: Situation[] = [
  {},
  { browser: ['nl-BE', 'en'] },
  { browser: ['de-DE', 'nb-NO'] },
  { browser: ['fr'] },
  { stored: 'nb', browser: ['nl'] },
  { stored: 'xx', browser: ['nl'] },
  { stored: 'nb', frames: ['nl'], browser: ['en'] },
  { stored: 'nl', storageThrows: true, browser: ['nb'] },
  { frames: ['no'], browser: ['en-GB'] },
  { frames: ['', 'nl'], browser: ['en'] },
  { frames: ['', '', '', '', '', '', '', '', '', '', 'nl'], browser: ['nb'] },
  { frames: ['cross-origin', 'nl'], browser: ['nb'] },
  { frames: ['dut'], stored: null },
  { browser: ['nl'], locales: ['en', 'nb'] },
  { browser: ['constructor'] },
  { browser: undefined },
  // Languages are data: a course in German, Brazilian Portuguese or Arabic is matched the same way.
  { browser: ['de-AT', 'en'], locales: ['en', 'de'] },
  { browser: ['pt'], locales: ['en', 'pt-BR'] },
  { browser: ['pt-br'], locales: ['pt-PT', 'pt-BR'] },
  { frames: ['ara'], locales: ['en', 'ar'] },
];

describe('launch preload script', () => {
  it.each(SITUATIONS.map((s) => [JSON.stringify(s), s] as const))('guesses the language the player will choose: %s', (_, situation) => {
    const links = run(situation);
    const locale = expected(situation);
    expect(links[0]).toEqual({ rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href: `content/${locale}/toc.json` });
    // The interface text of Dutch and Norwegian is a chunk of its own; English is in the player.
    expect(links.slice(1)).toEqual(['nl', 'nb'].includes(locale) ? [{ rel: 'modulepreload', crossOrigin: 'anonymous', href: `./${locale}.js` }] : []);
  });

  it('asks for no interface chunk the player does not have', () => {
    expect(run({ browser: ['nl'] }, new Map()).map((l) => l.rel)).toEqual(['preload']);
  });

  it('leaves the page as it is when it cannot read the launch configuration', () => {
    const html = launchPreloadScript({ courseId: 'c', app: new Map(), locales: ['en'] });
    const source = /<script>([\s\S]*)<\/script>/.exec(html)![1]!;
    const document = { getElementById: () => null };
    expect(() => new Function('window', 'document', 'localStorage', 'navigator', source)({}, document, {}, {})).not.toThrow();
  });
});
