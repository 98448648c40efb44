/**
 * The authoring guide's path as a new author takes it (issue 14, "Done when"), with the real CLI
 * in a temporary folder and no code change: start a course, add a module and a dialogue, add a
 * language (pre-filled with the English, marked), preview it as a draft in the studio and see an
 * edit arrive, translate through XLIFF (export, edit the file as a translation tool would,
 * import), and build packages. Each step is timed and printed; the closing note quotes them.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveConfig } from './config.ts';
import { startStudio } from './studio/studio-server.ts';
import { withTarget } from './xliff/test-support/edit-xliff.ts';

const run = promisify(execFile);
const CLI = path.resolve(import.meta.dirname, 'cli.ts');
const timings: [string, number][] = [];
let dir: string;

async function step<T>(name: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  timings.push([name, Math.round(performance.now() - started)]);
  return result;
}

const workmentor = async (...args: string[]) => {
  try {
    return (await run(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: path.dirname(path.dirname(CLI)), timeout: 300_000 })).stdout;
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    throw new Error(`workmentor ${args.join(' ')} failed:\n${failed.stdout ?? ''}\n${failed.stderr ?? ''}`);
  }
};

afterAll(async () => {
  console.log(`authoring path, step by step:\n${timings.map(([name, ms]) => `  ${name}: ${ms} ms`).join('\n')}`);
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the authoring guide, followed', () => {
  it('goes from nothing to packages in two languages, through a draft preview and an XLIFF round trip', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'wm-authoring-'));
    const course = path.join(dir, 'my-course');
    await step('new course', () => workmentor('new', 'course', course));
    await step('new module', () => workmentor('new', 'module', 'safety-first', '--course', course));
    await step('new dialogue', () => workmentor('new', 'dialogue', 'first-near-miss', '--module', 'safety-first', '--course', course));
    await step('new reflection', () => workmentor('new', 'reflection', 'safety-reflection', '--module', 'safety-first', '--course', course));
    await step('new certificate', () => workmentor('new', 'certificate', 'certificate', '--module', 'safety-first', '--course', course));
    await step('new language de', () => workmentor('new', 'language', 'de', '--course', course));
    expect(await readFile(path.join(course, 'course.yaml'), 'utf8')).toMatch(/^locales: \[en, de\]/m);

    // The draft preview: the studio builds it, then a saved page arrives in the served package.
    const studio = await step('preview studio, first build', async () => {
      const running = await startStudio({ config: resolveConfig({ course, targets: ['web'], draft: true }), port: 0, watch: false });
      const built = await running.rebuild();
      if (!built.ok) throw new Error(built.errors);
      return running;
    });
    try {
      const page = path.join(course, 'modules/safety-first/pages', (await readdir(path.join(course, 'modules/safety-first/pages'))).find((name) => /^[^.]+\.md$/.test(name))!);
      await writeFile(page, `${await readFile(page, 'utf8')}\nA sentence the author just wrote.\n`);
      const rebuilt = await step('page edit to rebuilt preview', () => studio.rebuild());
      expect(rebuilt.ok).toBe(true);
      const served = await (await fetch(`${studio.url}/web/content/en/modules/safety-first.json`)).text();
      expect(served).toContain('A sentence the author just wrote.');
    } finally {
      await studio.close();
    }

    // Translation through XLIFF: export German, a translator changes a target, import it back.
    const xlf = path.join(dir, 'de.xlf');
    await step('xliff export de', () => workmentor('xliff', 'export', '--locale', 'de', '--course', course, '--out', xlf));
    const exported = await readFile(xlf, 'utf8');
    // The English that `new language` copied in is marked "TODO translate": it goes out as work
    // to do (no target, state initial), so a translation tool offers it.
    const inModule = exported.indexOf('<file id="module.safety-first">');
    const titleUnit = /<unit id="title"[^>]*>[\s\S]*?<\/unit>/.exec(exported.slice(inModule))![0];
    expect(titleUnit).toMatch(/<segment state="initial">\s*<source>Safety first<\/source>\s*<target\/>/);
    // The copied page is marked too, so it goes out as work to do; the translator translates it.
    const pageUnit = /<unit id="pages\.introduction"[^>]*>[\s\S]*?<\/unit>/.exec(exported.slice(inModule))![0];
    expect(pageUnit).toMatch(/<segment state="initial">[\s\S]*<target\/>/);
    const englishPage = await readFile(path.join(course, 'modules/safety-first/pages/introduction.md'), 'utf8');
    const germanPage = englishPage.replace(/^## .+$/m, '## Worum es geht');
    const edited = exported.slice(0, inModule) + exported.slice(inModule).replace(titleUnit, titleUnit.replace('<target/>', '<target>Sicherheit zuerst</target>'));
    await writeFile(xlf, withTarget(edited, 'module.safety-first', 'pages.introduction', germanPage));
    await step('xliff import de', () => workmentor('xliff', 'import', xlf, '--course', course));
    const german = await readFile(path.join(course, 'modules/safety-first/i18n/de.yaml'), 'utf8');
    // Translated now: the marker goes with the English, the other texts keep theirs.
    expect(german).toMatch(/^title: Sicherheit zuerst$/m);
    expect(german).toMatch(/# TODO translate/);
    // The page is written whole, the translator's words without the marker line.
    const pageNow = await readFile(path.join(course, 'modules/safety-first/pages/introduction.de.md'), 'utf8');
    expect(pageNow).toContain('## Worum es geht');
    expect(pageNow).not.toContain('TODO translate');

    const out = path.join(dir, 'dist');
    await step('build web and SCORM 1.2', () => workmentor('build', '--course', course, '--out', out, '--target', 'web,scorm12'));
    const written = await readdir(out);
    expect(written.filter((name) => name.endsWith('.zip')).sort()).toEqual([expect.stringMatching(/-scorm12\.zip$/), expect.stringMatching(/-web\.zip$/)]);
  }, 600_000);
});
