/**
 * Benchmark of the build as a trainer runs it: every target, all locales of the real course.
 * Each run is a fresh child process (so peak memory, `process.resourceUsage().maxRSS`, is that
 * build's alone); it reports the pipeline's time per step and the packages it made. Per target:
 * the zip size with and without the schema files, without media and schemas, and the JS+CSS
 * (gzip -9) the player loads at launch (index.html's scripts and styles and their static
 * imports; activity elements, language and certificate chunks load later, on demand). Beside
 * it, the JS+CSS of every chunk in the package: the launch figure is what the budget holds, not
 * what a learner downloads over the whole course.
 *
 * The zip budget (150 KB; Adapt's framework zip is about 740 KB) is held by what the toolkit puts
 * in a package: the player, the launch page, the manifests. The course text (`content/`: per
 * language a table of contents and a file per module, about 150 KB compressed per language for
 * the WORKMENTOR course, and the structure) is the author's and grows with
 * every module and language, so it is measured beside it, not inside it: `zipWithoutMediaAndSchemasBytes`
 * is the whole package less media and schemas, `courseTextZipBytes` the text alone.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { resolveConfig } from '../build/config.ts';
import type { BuiltPackage, FileSet } from '../build/context.ts';
import { runBuild } from '../build/pipeline.ts';
import { zipFiles } from '../build/zip.ts';

export const BUILD_BUDGETS = { buildMs: 10_000, jsCssGzipBytes: 60 * 1024, zipWithoutMediaSchemasAndCourseTextBytes: 150 * 1024 };

export interface PackageMeasure {
  target: string;
  fileName: string;
  zipBytes: number;
  zipWithoutSchemasBytes: number;
  zipWithoutMediaAndSchemasBytes: number;
  /** The same without the course text either: what the toolkit adds (the budgeted figure). */
  zipWithoutMediaSchemasAndCourseTextBytes: number;
  /** The course text alone (`content/**.json`), zipped. */
  courseTextZipBytes: number;
  /** JS+CSS loaded at launch, gzip -9 (the budgeted figure). */
  jsCssGzipBytes: number;
  jsCssFiles: string[];
  /** JS+CSS of every chunk in the package, gzip -9 each, summed: launch plus everything loaded on demand. */
  allChunksGzipBytes: number;
  /** The chunks not loaded at launch. */
  onDemandFiles: string[];
}

interface ChildResult {
  buildMs: number;
  steps: Record<string, number>;
  maxRssMB: number;
  packages: PackageMeasure[];
}

export interface BuildBench {
  course: string;
  runs: number;
  /** Median time of the pipeline inside the child (what `Built … in` prints). */
  buildMs: { median: number; runs: number[] };
  /** Median wall time of the child process, start-up (tsx, Vite import) included. */
  processMs: { median: number; runs: number[] };
  /** Step times of the median run. */
  steps: Record<string, number>;
  /** Highest peak resident memory of the runs. */
  maxRssMB: number;
  packages: PackageMeasure[];
  budgets: typeof BUILD_BUDGETS;
  overBudget: string[];
  withinBudget: boolean;
}

const run = promisify(execFile);
const SELF = fileURLToPath(import.meta.url);
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function runBuildBench(courseDir = 'course/content', runs = 3): Promise<BuildBench> {
  const results: (ChildResult & { processMs: number })[] = [];
  for (let i = 0; i < runs; i++) {
    const outDir = await mkdtemp(path.join(os.tmpdir(), 'wm-build-bench-'));
    try {
      const started = performance.now();
      const { stdout } = await run(process.execPath, ['--import', 'tsx', SELF, '--child', courseDir, outDir], { maxBuffer: 16 * 1024 * 1024 });
      results.push({ ...(JSON.parse(stdout.trim().split('\n').at(-1)!) as ChildResult), processMs: Math.round(performance.now() - started) });
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  }
  const buildRuns = results.map((r) => r.buildMs);
  const mid = results.find((r) => r.buildMs === median(buildRuns))!;
  const packages = mid.packages;
  const overBudget = [
    ...(median(buildRuns) > BUILD_BUDGETS.buildMs ? [`build ${median(buildRuns)} ms > ${BUILD_BUDGETS.buildMs} ms`] : []),
    ...packages.filter((p) => p.jsCssGzipBytes > BUILD_BUDGETS.jsCssGzipBytes).map((p) => `${p.target} player ${p.jsCssGzipBytes} B gzip > ${BUILD_BUDGETS.jsCssGzipBytes} B`),
    ...packages
      .filter((p) => p.zipWithoutMediaSchemasAndCourseTextBytes > BUILD_BUDGETS.zipWithoutMediaSchemasAndCourseTextBytes)
      .map((p) => `${p.target} zip without media, schemas and course text ${p.zipWithoutMediaSchemasAndCourseTextBytes} B > ${BUILD_BUDGETS.zipWithoutMediaSchemasAndCourseTextBytes} B`),
  ];
  return {
    course: courseDir,
    runs,
    buildMs: { median: median(buildRuns), runs: buildRuns },
    processMs: { median: median(results.map((r) => r.processMs)), runs: results.map((r) => r.processMs) },
    steps: mid.steps,
    maxRssMB: Math.max(...results.map((r) => r.maxRssMB)),
    packages,
    budgets: BUILD_BUDGETS,
    overBudget,
    withinBudget: overBudget.length === 0,
  };
}

/** The JS and CSS index.html loads, following static imports (not `import()`). */
export function launchAssets(files: FileSet): string[] {
  const seen = new Set<string>();
  const html = files.get('index.html')?.toString('utf8') ?? '';
  const queue = [...html.matchAll(/(?:src|href)="\.?\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file) || !files.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = files.get(file)!.toString('utf8');
    const dir = path.posix.dirname(file);
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) queue.push(path.posix.normalize(path.posix.join(dir, m[1]!)));
  }
  return [...seen].sort();
}

async function measure(pkg: BuiltPackage): Promise<PackageMeasure> {
  const schemas = new Set(pkg.schemaPaths);
  const lean: FileSet = new Map([...pkg.files].filter(([p]) => !schemas.has(p) && !p.startsWith('media/')));
  const isCourseText = (p: string) => /^content\/.+\.json$/.test(p);
  const toolkit: FileSet = new Map([...lean].filter(([p]) => !isCourseText(p)));
  const courseText: FileSet = new Map([...lean].filter(([p]) => isCourseText(p)));
  const assets = launchAssets(pkg.files);
  const chunks = [...pkg.files.keys()].filter((p) => /\.(js|css)$/.test(p)).sort();
  const gzipped = (p: string) => gzipSync(pkg.files.get(p)!, { level: 9 }).length;
  return {
    target: pkg.target,
    fileName: pkg.fileName,
    zipBytes: pkg.zip.length,
    zipWithoutSchemasBytes: pkg.zipBytesWithoutSchemas,
    zipWithoutMediaAndSchemasBytes: (await zipFiles(lean)).length,
    zipWithoutMediaSchemasAndCourseTextBytes: (await zipFiles(toolkit)).length,
    courseTextZipBytes: (await zipFiles(courseText)).length,
    jsCssGzipBytes: assets.reduce((sum, p) => sum + gzipped(p), 0),
    jsCssFiles: assets,
    allChunksGzipBytes: chunks.reduce((sum, p) => sum + gzipped(p), 0),
    onDemandFiles: chunks.filter((p) => !assets.includes(p)),
  };
}

async function child(courseDir: string, outDir: string): Promise<void> {
  const steps: Record<string, number> = {};
  const started = performance.now();
  const ctx = await runBuild(resolveConfig({ course: courseDir, outDir }), { onStepDone: (step, ms) => (steps[step.name] = Math.round(ms)) });
  const buildMs = Math.round(performance.now() - started);
  const packages = await Promise.all(ctx.packages.map(measure));
  // maxRSS is in kilobytes.
  const result: ChildResult = { buildMs, steps, maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024), packages };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (process.argv[1] === SELF && process.argv[2] === '--child') await child(process.argv[3]!, process.argv[4]!);
