import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildFailure } from './build-failure.ts';
import { resolveConfig } from './config.ts';
import { runBuild } from './pipeline.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../tests/fixtures/course');
const REAL = path.resolve(import.meta.dirname, '../course/content');

async function tempDir(name: string): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), `wm-${name}-`));
}

describe('build pipeline', () => {
  it('writes dist/<course-id>-<version>-web.zip with the player, every locale split into contents and modules, and the media', async () => {
    const outDir = await tempDir('out');
    const ctx = await runBuild(resolveConfig({ course: FIXTURE, outDir, targets: ['web'] }));
    expect((await readdir(outDir)).filter((f) => f.endsWith('.zip'))).toEqual(['workmentor-fixture-1.0.0-web.zip']);
    const paths = [...ctx.packages[0]!.files.keys()].sort();
    const text = ['en', 'nl', 'nb'].flatMap((l) => [`content/${l}/toc.json`, `content/${l}/modules/first-weeks.json`]);
    expect(paths).toEqual(expect.arrayContaining(['app.js', 'index.html', ...text, 'content/structure.json', 'media/first-weeks/bakery-floor.svg']));
    expect(paths.filter((p) => p.startsWith('content/')).sort()).toEqual([...text, 'content/structure.json'].sort());
    const html = ctx.packages[0]!.files.get('index.html')!.toString();
    expect(html).toContain('"courseId":"workmentor-fixture"');
    expect(html).not.toContain('__WM_LAUNCH_CONFIG__');
  }, 120_000);

  it('writes a facilitator guide per locale beside the zips, and no facilitator notes into the packages', async () => {
    const outDir = await tempDir('guide');
    const ctx = await runBuild(resolveConfig({ course: FIXTURE, outDir, targets: ['web'] }));
    expect((await readdir(outDir)).sort()).toEqual(
      ['en', 'nb', 'nl'].map((l) => `workmentor-fixture-1.0.0-facilitator-guide-${l}.html`).concat('workmentor-fixture-1.0.0-web.zip'),
    );
    for (const locale of ['en', 'nl', 'nb'] as const) {
      const notes = ctx.course!.facilitator[locale]!['first-weeks']!;
      const texts = [...notes.questions, ...notes.watchFor];
      expect(texts.length).toBeGreaterThan(0);
      const guide = await readFile(path.join(outDir, `workmentor-fixture-1.0.0-facilitator-guide-${locale}.html`), 'utf8');
      for (const text of texts) expect(guide).toContain(text);
      const files = [...ctx.packages[0]!.files].filter(([p]) => p.startsWith('content/'));
      for (const [file, data] of files) {
        const json = data.toString();
        const content = JSON.parse(json) as { modules?: Record<string, unknown>[] } & Record<string, unknown>;
        expect(content.modules?.[0] ?? content, file).not.toHaveProperty('facilitator');
        for (const text of texts) expect(json).not.toContain(text);
      }
    }
  }, 120_000);

  it('puts the printable templates in every locale into the package, its manifest and beside the guides', async () => {
    const course = await tempDir('templates');
    await cp(FIXTURE, course, { recursive: true });
    await mkdir(path.join(course, 'templates'));
    for (const [suffix, title] of [['', 'Check-in log'], ['.nl', 'Logboek van de opvolgmomenten'], ['.nb', 'Logg for oppfølgingssamtaler']]) {
      await writeFile(path.join(course, `templates/check-in-log${suffix}.md`), `# ${title}\n\n| Date | Agreements |\n| --- | --- |\n|  |  |\n`);
      const page = path.join(course, `modules/first-weeks/pages/welcome${suffix}.md`);
      await writeFile(page, `${await readFile(page, 'utf8')}\n[log](template:check-in-log)\n`);
    }
    const outDir = await tempDir('templates-out');
    const ctx = await runBuild(resolveConfig({ course, outDir, targets: ['scorm12'] }));
    const names = ['en', 'nl', 'nb'].map((l) => `templates/check-in-log.${l}.html`);
    const pkg = ctx.packages[0]!;
    expect([...pkg.files.keys()].filter((p) => p.startsWith('templates/')).sort()).toEqual([...names].sort());
    const manifest = pkg.files.get('imsmanifest.xml')!.toString();
    for (const name of names) expect(manifest).toContain(`<file href="${name}"/>`);
    const nl = pkg.files.get('templates/check-in-log.nl.html')!.toString();
    expect(nl).toContain('<h1>Logboek van de opvolgmomenten</h1>');
    expect(nl).not.toMatch(/<script/i);
    const content = JSON.parse(pkg.files.get('content/nl/modules/first-weeks.json')!.toString()) as { activities: { html?: string }[] };
    expect(content.activities[0]!.html).toContain('<a href="templates/check-in-log.nl.html" target="_blank" rel="noopener">log</a>');
    expect((await readdir(path.join(outDir, 'templates'))).sort()).toEqual(names.map((n) => n.slice('templates/'.length)).sort());
    expect(await readFile(path.join(outDir, 'templates/check-in-log.nl.html'), 'utf8')).toBe(nl);
  }, 120_000);

  it('builds byte-identical zips from the same sources', async () => {
    const [a, b] = [await tempDir('a'), await tempDir('b')];
    await runBuild(resolveConfig({ course: FIXTURE, outDir: a, targets: ['web'] }));
    await runBuild(resolveConfig({ course: FIXTURE, outDir: b, targets: ['web'] }));
    const name = 'workmentor-fixture-1.0.0-web.zip';
    expect((await readFile(path.join(a, name))).equals(await readFile(path.join(b, name)))).toBe(true);
  }, 120_000);

  it('stops on broken content with every error, and leaves dist/ exactly as it was', async () => {
    const course = await tempDir('broken');
    await cp(FIXTURE, course, { recursive: true });
    const moduleFile = path.join(course, 'modules/first-weeks/module.yaml');
    const yaml = await readFile(moduleFile, 'utf8');
    await writeFile(moduleFile, yaml.replace(/next: [a-z-]+/, 'next: nowhere-to-go'));
    await writeFile(path.join(course, 'i18n/nl.yaml'), `${await readFile(path.join(course, 'i18n/nl.yaml'), 'utf8')}\nsurplus: Dit bestaat niet in het Engels\n`);
    const outDir = await tempDir('dist');
    await writeFile(path.join(outDir, 'earlier-build.zip'), 'an earlier package');

    const failure = await runBuild(resolveConfig({ course, outDir, targets: ['web'] })).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(BuildFailure);
    const names = (failure as BuildFailure).errors.map((e) => `${e.name} ${e.file}`);
    expect(names).toEqual(expect.arrayContaining(['DialogueTargetMissing modules/first-weeks/module.yaml', 'TranslationKeyUnknown i18n/nl.yaml']));
    expect(await readdir(outDir)).toEqual(['earlier-build.zip']);
    expect(await readFile(path.join(outDir, 'earlier-build.zip'), 'utf8')).toBe('an earlier package');
  }, 120_000);
});

describe('build pipeline, one package per module (--split modules)', () => {
  it('names packages -<module>[-<locale>] and puts only that module in each', async () => {
    const outDir = await tempDir('split');
    const ctx = await runBuild(resolveConfig({ course: REAL, outDir, targets: ['scorm12', 'web'], split: 'modules', locales: ['nl'] }));
    const modules = ctx.course!.source.modules;
    expect((await readdir(outDir)).sort()).toEqual(
      ['scorm12', 'web'].flatMap((t) => modules.map((m) => `workmentor-1.0.0-${t}-${m}-nl.zip`)).concat('workmentor-1.0.0-facilitator-guide-nl.html', 'templates').sort(),
    );
    const feedback = ctx.packages.find((p) => p.target === 'scorm12' && p.unit === 'workmentor-feedback')!;
    expect([...feedback.files.keys()].filter((p) => p.startsWith('content/')).sort()).toEqual(['content/nl/modules/feedback.json', 'content/nl/toc.json', 'content/structure.json']);
    // Every module package carries every template, in its locale only.
    const templates = ['check-in-log', 'observation-form', 'three-way-meeting-agenda', 'training-plan'].map((t) => `templates/${t}.nl.html`);
    expect([...feedback.files.keys()].filter((p) => p.startsWith('templates/')).sort()).toEqual(templates);
    expect(await readdir(path.join(outDir, 'templates'))).toHaveLength(4);
    const data = JSON.parse(feedback.files.get('content/nl/toc.json')!.toString()) as { modules: { id: string }[] };
    expect(data.modules.map((m) => m.id)).toEqual(['feedback']);
    expect(feedback.files.get('imsmanifest.xml')!.toString()).toContain('<manifest identifier="workmentor-feedback"');
    expect(feedback.files.get('index.html')!.toString()).toContain('"courseId":"workmentor-feedback"');
  }, 120_000);
});
