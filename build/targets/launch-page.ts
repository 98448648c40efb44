/**
 * The player's index.html with the launch configuration filled in: course id, version, title,
 * locales and the size of the resume state's worst-case structure, as JSON in a script element,
 * so the player needs no extra request (and no worst-case computation) to start.
 * The course id is the package unit's id (`<course-id>-<module-id>` for a module package), so
 * module packages keep their progress apart in browser storage. Right after the configuration,
 * a script that asks for the table of contents while the player downloads (launch-preload.ts).
 */
import type { LaunchConfig } from '../../components/src/app/launch-config.ts';
import { resumeBudget } from '../../components/src/runtime/resume/resume-budget.ts';
import { stableJson } from '../stable-json.ts';
import { launchPreloadScript } from './launch-preload.ts';
import { descriptions, mainLocale, mainTitle } from './package-text.ts';
import { themeStyle } from './theme-style.ts';
import type { TargetInput } from './target.ts';

export const CONFIG_PLACEHOLDER = '"__WM_LAUNCH_CONFIG__"';

export function launchConfig(input: TargetInput, target: string): LaunchConfig {
  const source = input.course.source;
  return {
    courseId: input.unit.id,
    version: source.version,
    title: mainTitle(input),
    // The player falls back to this locale, so it must be one the package holds (a `--locale nl`
    // package has no en.json).
    sourceLocale: mainLocale(input),
    locales: [...input.locales],
    target,
    // The structure is the same in every locale (ids and positions, no text).
    resumeStructure: resumeBudget(input.course.data[mainLocale(input)]!, Number.POSITIVE_INFINITY).structural,
  };
}

export function launchPage(input: TargetInput, target: string): Buffer {
  const html = input.app.get('index.html')?.toString('utf8');
  const slot = `${CONFIG_PLACEHOLDER}</script>`;
  if (!html || !html.includes(slot)) throw new Error('The bundled index.html has no launch-config placeholder.');
  // `<` is escaped so no course text can close the script element early.
  const json = stableJson(launchConfig(input, target)).replace(/</g, '\\u003c');
  // The description too: a web package is a page on the open web, and search engines and link
  // previews show it (Lighthouse counts a page without one).
  const description = descriptions(input).find((d) => d.locale === mainLocale(input))!.text;
  // The cover is the largest thing on the first screen (the welcome), but the browser would
  // find it only once the player has rendered the welcome: asked for with the page, it is there
  // when the welcome is (Lighthouse's largest contentful paint on a phone: 3.9 s before).
  const cover = input.course.data[mainLocale(input)]?.cover;
  const preloadCover = cover ? `<link rel="preload" as="image" href="${escapeHtml(encodeURI(cover))}" fetchpriority="high" />` : '';
  const title = `<title>${escapeHtml(mainTitle(input))}</title><meta name="description" content="${escapeHtml(description)}" />${preloadCover}`;
  const preload = launchPreloadScript({ courseId: input.unit.id, app: input.app, locales: input.locales });
  // Replacements are functions: a string replacement reads `$&`, `$'`, `` $` `` and `$$` in a
  // course title as patterns, which spliced parts of the page into the JSON and broke the package.
  return Buffer.from(
    html
      .replace(slot, () => `${json}</script>${preload}`)
      .replace('<title></title>', () => title)
      // The school's brand (theme-style.ts), before the player's styles need it.
      .replace('</head>', () => `${themeStyle(input.course.theme)}</head>`),
  );
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
