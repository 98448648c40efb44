import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readLaunchConfig } from '../../components/src/app/read-launch-config.ts';
import type { CourseData } from '../../course/schema/course-data.ts';
import { resolveConfig } from '../config.ts';
import type { PackageUnit } from '../context.ts';
import { loadCourse, type LoadedCourse } from '../load/load-course.ts';
import { moduleUnit } from '../steps/plan-packages.ts';
import { launchConfig, launchPage } from './launch-page.ts';
import type { TargetInput } from './target.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../../tests/fixtures/course');
/** The bundled page's shape around the two places the build fills in. */
const INDEX = '<html><head><title></title><script id="wm-launch-config" type="application/json">"__WM_LAUNCH_CONFIG__"</script></head></html>';
/** Every special pattern of String.prototype.replace, and text that could end the script element early. */
const HOSTILE = "Costs $$5 $& more $' or $` and $1 $<x> </script><!-- & \"quoted\"";

let fixture: LoadedCourse;

beforeAll(async () => {
  const result = await loadCourse(FIXTURE);
  if (!result.ok) throw new Error('fixture does not load');
  fixture = result.course;
});

/** The fixture with `HOSTILE` as the course title and the module title in every locale. */
function hostileCourse(): LoadedCourse {
  const data = Object.fromEntries(
    Object.entries(fixture.data).map(([locale, d]) => [
      locale,
      { ...d!, title: `${HOSTILE} (${locale})`, description: `${HOSTILE} {${locale}}`, modules: d!.modules.map((m) => ({ ...m, title: `${HOSTILE} [${locale}]` })) } satisfies CourseData,
    ]),
  );
  return { ...fixture, data };
}

function input(unit: PackageUnit): TargetInput {
  return {
    unit,
    course: unit.course,
    app: new Map([['index.html', Buffer.from(INDEX)]]),
    locales: unit.course.source.locales,
    config: resolveConfig({}),
    contentPaths: [],
  };
}

/** What the player reads: the launch configuration through its own reader, and the document title. */
function read(page: Buffer): { config: ReturnType<typeof readLaunchConfig>; title: string; html: string } {
  const html = page.toString('utf8');
  const json = /<script id="wm-launch-config" type="application\/json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  const doc = { getElementById: (id: string) => (id === 'wm-launch-config' ? { textContent: json } : null) } as unknown as Document;
  return { config: readLaunchConfig(doc), title: /<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? '', html };
}

describe('launch page', () => {
  it('carries a course title with every $ replacement pattern unchanged into the launch configuration and <title>', () => {
    const course = hostileCourse();
    const unit: PackageUnit = { id: course.source.id, course };
    const { config, title, html } = read(launchPage(input(unit), 'web'));
    expect(config).toEqual(launchConfig(input(unit), 'web'));
    expect(config.title).toBe(`${HOSTILE} (en)`);
    expect(title).toBe('Costs $$5 $&amp; more $\' or $` and $1 $&lt;x&gt; &lt;/script&gt;&lt;!-- &amp; &quot;quoted&quot; (en)');
    // Two script elements (the configuration and the preload after it), one title: nothing of
    // the page was spliced into itself.
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).toMatch(/<script id="wm-launch-config" type="application\/json">\{[^<]*\}<\/script><script>\(\(\)=>/);
    expect(html.match(/<title>/g)).toHaveLength(1);
    // The description as an attribute value: quotes and angle brackets escaped, nothing spliced.
    expect(html.match(/<meta name="description" content="([^"]*)" \/>/)?.[1]).toBe(
      'Costs $$5 $&amp; more $\' or $` and $1 $&lt;x&gt; &lt;/script&gt;&lt;!-- &amp; &quot;quoted&quot; {en}',
    );
  });

  it('asks for the cover with the page, so the welcome does not wait for it', () => {
    const data = Object.fromEntries(Object.entries(fixture.data).map(([locale, d]) => [locale, { ...d!, cover: 'media/cover "x".svg' }]));
    const unit: PackageUnit = { id: fixture.source.id, course: { ...fixture, data } };
    const { html } = read(launchPage(input(unit), 'web'));
    expect(html).toContain('<link rel="preload" as="image" href="media/cover%20%22x%22.svg" fetchpriority="high" />');
    const plain: PackageUnit = { id: fixture.source.id, course: fixture };
    expect(read(launchPage(input(plain), 'web')).html).not.toContain('rel="preload"');
  });

  it('does the same for a module package, whose launch page shows the module title', () => {
    const unit = moduleUnit(hostileCourse(), 'first-weeks');
    const { config, title } = read(launchPage(input(unit), 'scorm12'));
    expect(config.title).toBe(`${HOSTILE} [en]`);
    expect(config.courseId).toBe('workmentor-fixture-first-weeks');
    expect(title).toContain('$$5 $&amp; more $\' or $` and $1');
  });
});
