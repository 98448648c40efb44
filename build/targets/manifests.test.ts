import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportingMode } from '../../course/schema/course.ts';
import type { Locale } from '../../course/schema/ids.ts';
import { resolveConfig, type Cmi5Aus } from '../config.ts';
import type { PackageUnit } from '../context.ts';
import { loadCourse, type LoadedCourse } from '../load/load-course.ts';
import { moduleUnit } from '../steps/plan-packages.ts';
import { renderXml } from '../xml/xml-tree.ts';
import { cmi5Xml } from './cmi5.ts';
import { readLaunchConfig } from '../../components/src/app/read-launch-config.ts';
import { resumeBudget } from '../../components/src/runtime/resume/resume-budget.ts';
import { launchConfig } from './launch-page.ts';
import { scorm12Manifest } from './scorm12.ts';
import { scorm2004Manifest } from './scorm2004.ts';
import type { TargetInput } from './target.ts';
import { tincanXml } from './xapi.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../../tests/fixtures/course');
let fixture: LoadedCourse;

beforeAll(async () => {
  const result = await loadCourse(FIXTURE);
  if (!result.ok) throw new Error('fixture does not load');
  fixture = result.course;
});

/** The fixture with another reporting mode, in the source and in every locale's data. */
function withReporting(reporting: ReportingMode): LoadedCourse {
  const data = Object.fromEntries(Object.entries(fixture.data).map(([l, d]) => [l, { ...d!, reporting }]));
  return { ...fixture, source: { ...fixture.source, reporting }, data };
}

function input(options: { course?: LoadedCourse; unit?: PackageUnit; locales?: Locale[]; cmi5Aus?: Cmi5Aus } = {}): TargetInput {
  const course = options.unit?.course ?? options.course ?? fixture;
  return {
    unit: options.unit ?? { id: course.source.id, course },
    course,
    app: new Map([['index.html', Buffer.from('<title></title><script>"__WM_LAUNCH_CONFIG__"</script>')]]),
    locales: options.locales ?? course.source.locales,
    config: resolveConfig({ cmi5Aus: options.cmi5Aus ?? 'course' }),
    contentPaths: ['app.js', 'content/en/modules/first-weeks.json', 'content/en/toc.json', 'content/structure.json', 'index.html', 'media/first-weeks/bakery floor.svg'],
  };
}

const xml = (tree: Parameters<typeof renderXml>[0]) => renderXml(tree).toString('utf8');

describe('SCORM 1.2 manifest', () => {
  it('has one SCO launching index.html, listing every package file, identified by the course id only', () => {
    const text = xml(scorm12Manifest(input()));
    expect(text).toContain('<manifest identifier="workmentor-fixture" version="1.0.0"');
    expect(text).toContain('<resource identifier="workmentor-fixture-sco" type="webcontent" adlcp:scormtype="sco" href="index.html">');
    expect(text).toContain('<file href="media/first-weeks/bakery%20floor.svg"/>');
    expect(text).toContain('<schemaversion>1.2</schemaversion>');
  });

  it.each([
    ['passed-failed', true],
    ['passed-incomplete', false],
    ['completed-incomplete', false],
    ['completed-failed', false],
  ] as const)('in %s mode declares a mastery score: %s', (mode, declared) => {
    const scorm12 = xml(scorm12Manifest(input({ course: withReporting(mode) })));
    const scorm2004 = xml(scorm2004Manifest(input({ course: withReporting(mode) })));
    expect(scorm12.includes('<adlcp:masteryscore>80</adlcp:masteryscore>')).toBe(declared);
    expect(scorm2004.includes('satisfiedByMeasure="true"')).toBe(declared);
    expect(scorm2004.includes('<imsss:minNormalizedMeasure>0.80</imsss:minNormalizedMeasure>')).toBe(declared);
  });

  it('titles a single-locale package in its own language', () => {
    expect(xml(scorm12Manifest(input({ locales: ['nl'] })))).toContain('<title>Een leerling begeleiden</title>');
  });

  it('prefixes an id that starts with a digit, as xsd:ID needs', () => {
    const course = { ...fixture, source: { ...fixture.source, id: '2025-mentoring' } };
    expect(xml(scorm12Manifest(input({ course })))).toContain('<manifest identifier="_2025-mentoring"');
  });
});

describe('cmi5 course structure', () => {
  it.each([
    ['passed-incomplete', 'Passed', true],
    ['passed-failed', 'Passed', true],
    ['completed-incomplete', 'Completed', false],
    ['completed-failed', 'CompletedAndPassed', true],
  ] as const)('in %s mode moves on when %s (mastery score: %s)', (mode, moveOn, mastery) => {
    const text = xml(cmi5Xml(input({ course: withReporting(mode) })));
    expect(text).toContain(`moveOn="${moveOn}"`);
    expect(text.includes('masteryScore="0.80"')).toBe(mastery);
    expect(text).toContain('launchMethod="AnyWindow"');
  });

  it('has one AU for the whole course by default, titled in every locale', () => {
    const text = xml(cmi5Xml(input()));
    expect(text.match(/<au /g)).toHaveLength(1);
    expect(text).toContain('<au id="https://workmentor.example.org/xapi/fixture/au"');
    expect(text).toContain('<langstring lang="nb">Å veilede en lærling</langstring>');
    expect(text).toContain('<url>index.html</url>');
  });

  it('has one AU per module launching index.html?module=<id> when asked, with the id the module package gives its AU', () => {
    const two: LoadedCourse = {
      ...fixture,
      source: { ...fixture.source, modules: ['first-weeks', 'second'] },
      data: Object.fromEntries(Object.entries(fixture.data).map(([l, d]) => [l, { ...d!, modules: [d!.modules[0]!, { ...d!.modules[0]!, id: 'second' }] }])),
    };
    const text = xml(cmi5Xml(input({ course: two, cmi5Aus: 'modules' })));
    const aus = [...text.matchAll(/<au id="([^"]+)"/g)].map((m) => m[1]);
    expect(aus).toEqual(['https://workmentor.example.org/xapi/fixture/first-weeks/au', 'https://workmentor.example.org/xapi/fixture/second/au']);
    expect(text).toContain('<url>index.html?module=second</url>');
    // The same id as the module's own package (--split modules) gives its single AU.
    expect(xml(cmi5Xml(input({ unit: moduleUnit(two, 'second'), cmi5Aus: 'modules' })))).toContain(`<au id="${aus[1]}"`);
    expect(xml(cmi5Xml(input({ unit: moduleUnit(two, 'second') })))).toContain(`<au id="${aus[1]}"`);
  });

  it('lists the competences as objectives that the AU references', () => {
    const text = xml(cmi5Xml(input()));
    expect(text).toContain('<objective id="https://workmentor.example.org/xapi/fixture/competences/giving-feedback">');
    expect(text).toContain('<objective idref="https://workmentor.example.org/xapi/fixture/competences/giving-feedback"/>');
  });
});

describe('module packages (--split modules)', () => {
  it('hold only their module, under an id of their own, and say so in every manifest', () => {
    const unit = moduleUnit(fixture, 'first-weeks');
    expect(unit.id).toBe('workmentor-fixture-first-weeks');
    expect(unit.course.data.en!.modules.map((m) => m.id)).toEqual(['first-weeks']);
    const i = input({ unit });
    expect(launchConfig(i, 'web')).toMatchObject({ courseId: 'workmentor-fixture-first-weeks', title: 'The first weeks' });
    expect(xml(scorm12Manifest(i))).toContain('<manifest identifier="workmentor-fixture-first-weeks"');
    expect(xml(tincanXml(i))).toContain('<activity id="https://workmentor.example.org/xapi/fixture/first-weeks" type="http://adlnet.gov/expapi/activities/module">');
    expect(xml(cmi5Xml(i))).toContain('<course id="https://workmentor.example.org/xapi/fixture/first-weeks">');
  });

  it('keep only the competences their module develops', () => {
    const used = new Set(fixture.data.en!.modules[0]!.objectives.flatMap((o) => o.competences));
    const unit = moduleUnit(fixture, 'first-weeks');
    expect(unit.course.data.nl!.competences.map((c) => c.id).sort()).toEqual([...used].sort());
  });
});

describe('launch configuration', () => {
  it('falls back to a packaged locale, so a Dutch-only package never asks for en.json', () => {
    expect(launchConfig(input({ locales: ['nl'] }), 'web')).toMatchObject({ sourceLocale: 'nl', locales: ['nl'] });
  });

  it('tells the player the size of its resume state structure, the number the build checked', () => {
    const structural = resumeBudget(fixture.data.en!, Number.POSITIVE_INFINITY).structural;
    expect(launchConfig(input(), 'scorm12').resumeStructure).toBe(structural);
    expect(structural).toBeGreaterThan(0);
    // The player reads it back: a package's own config is valid with it.
    const page = `<script type="application/json" id="wm-launch-config">${JSON.stringify(launchConfig(input(), 'scorm12'))}</script>`;
    const doc = new JSDOMless(page);
    expect(readLaunchConfig(doc as unknown as Document).resumeStructure).toBe(structural);
  });
});

/** Just enough of `Document` for readLaunchConfig, in Node. */
class JSDOMless {
  private readonly text: string;
  constructor(html: string) {
    this.text = /<script[^>]*>(.*)<\/script>/s.exec(html)![1]!;
  }
  getElementById(id: string) {
    return id === 'wm-launch-config' ? { textContent: this.text } : null;
  }
}
