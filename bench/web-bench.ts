/**
 * Benchmark of the web package as a learner's browser meets it, on the REAL course (course text
 * included) and on the test fixture, each beside the same measurement of the previous build
 * (baseline-package.ts: a git revision, `HEAD` by default, built and measured in turns with the
 * current one in the same run).
 *
 * Per course and build: everything the browser loaded before the first screen was usable (the
 * shell's `wm-first-activity-interactive` mark; page-load.ts), as bytes on the wire (gzip -9 for
 * text: the bench server compresses like a production server, gzip-server.ts) and as requests,
 * file by file; and the time to the mark, the median of cold loads on localhost and on a
 * throttled phone profile (150 ms round trip, 1.6 Mbps). With `cpu`, also with the CPU four
 * times slower. Beside them the ratio current / previous of each figure (below 1: better).
 *
 * Budgets are printed as numbers with a flag, never asserted in tests: at most 60 KB before the
 * first screen of the real course, at most 1.0 s to it on the throttled profile. Times on a
 * shared, loaded machine are noisy; the side-by-side ratio is the steadier figure.
 */
import { chromium, type Browser } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { resolveConfig } from '../build/config.ts';
import type { FileSet } from '../build/context.ts';
import { runBuild } from '../build/pipeline.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/chromium-path.mjs';
import { baselinePackage } from './baseline-package.ts';
import { serveGzip, wireBytes } from './gzip-server.ts';
import { loadOnce, PROFILES, type LoadProfile, type PageLoad } from './page-load.ts';

export const WEB_BUDGETS = {
  /** Everything loaded before the first screen of the real course, text and fonts included. */
  launchBytes: 60 * 1024,
  /** Median time to the first screen of the real course on the throttled profile (a quiet machine). */
  throttledFirstActivityMs: 1000,
};

export const COURSES = { real: 'course/content', fixture: 'tests/fixtures/course' } as const;

export interface WebBenchOptions {
  /** Cold loads per profile and build (median reported). Default 5. */
  runs?: number;
  /** Git revision of the previous build, or `none`. Default `HEAD`. */
  baseline?: string;
  /** Also measure with the CPU four times slower. */
  cpu?: boolean;
  courses?: (keyof typeof COURSES)[];
}

export interface Timing {
  median: number;
  runs: number[];
}

export interface LoadFigures {
  /** Bytes on the wire before the first screen (gzip -9 for text): the budgeted figure. */
  launchBytes: number;
  /** Requests before the first screen, the launch page included. */
  requests: number;
  /** What those bytes are, file by file. */
  files: Record<string, number>;
  /** The same bytes by kind: page, code (JS, CSS), course text (JSON), fonts, images. */
  byKind: Record<string, number>;
  /** ms to the first screen, per profile. */
  firstActivityMs: Record<string, Timing>;
  /**
   * On to the first activity as a first-time learner goes (Start, Start the module): bytes and
   * requests until it is usable, the first screen's included, by kind (the web font starts at
   * the first tap, so it is in here); and the learner's wait after the taps, per profile.
   */
  toActivity: { bytes: number; requests: number; byKind: Record<string, number>; waitMs: Record<string, Timing> };
  /** JS+CSS of every chunk in the package, gzip -9 each: the whole player, loaded or not. */
  allChunksBytes: number;
  /** The course text of one locale (en), every file, gzip -9: what the learner downloads over the whole course. */
  courseTextBytes: number;
}

export interface CourseBench {
  course: string;
  current: LoadFigures;
  previous?: LoadFigures & { revision: string; commit: string };
  /** current / previous for each figure (below 1: the current build is smaller or faster). */
  ratio?: Record<string, number>;
}

export interface WebBench {
  profiles: LoadProfile[];
  runs: number;
  budgets: typeof WEB_BUDGETS;
  courses: Record<string, CourseBench>;
  /** The real course against the budgets. */
  withinBudget: { launchBytes: boolean; throttledFirstActivityMs: boolean };
}

export async function runWebBench(options: WebBenchOptions = {}): Promise<WebBench> {
  const runs = options.runs ?? 5;
  const profiles: LoadProfile[] = [PROFILES.localhost, PROFILES.throttled, ...(options.cpu ? [PROFILES.throttledCpu] : [])];
  const baseline = options.baseline ?? 'HEAD';
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const courses: Record<string, CourseBench> = {};
  try {
    for (const name of options.courses ?? (['real', 'fixture'] as const)) {
      const dir = COURSES[name];
      const ctx = await runBuild(resolveConfig({ course: dir, targets: ['web'], outDir: '.cache/bench-dist' }));
      const builds: { label: string; files: FileSet; revision?: string; commit?: string }[] = [{ label: 'current', files: ctx.packages[0]!.files }];
      if (baseline !== 'none') {
        const previous = await baselinePackage(baseline, dir);
        builds.push({ label: 'previous', files: previous.files, revision: previous.revision, commit: previous.commit });
      }
      const measured = await measureInTurns(browser, builds.map((b) => b.files), profiles, runs);
      const current = measured[0]!;
      const bench: CourseBench = { course: dir, current };
      if (builds[1]) {
        const previous = measured[1]!;
        bench.previous = { revision: builds[1].revision!, commit: builds[1].commit!, ...previous };
        bench.ratio = ratios(current, previous);
      }
      courses[name] = bench;
      process.stderr.write(summary(name, bench));
    }
  } finally {
    await browser.close();
  }
  const real = courses.real?.current;
  return {
    profiles,
    runs,
    budgets: WEB_BUDGETS,
    courses,
    withinBudget: {
      launchBytes: !!real && real.launchBytes <= WEB_BUDGETS.launchBytes,
      throttledFirstActivityMs: !!real && real.firstActivityMs.throttled!.median <= WEB_BUDGETS.throttledFirstActivityMs,
    },
  };
}

/** Cold loads of each package in turns (current, previous, current, ...), so both meet the same machine load. */
async function measureInTurns(browser: Browser, packages: FileSet[], profiles: LoadProfile[], runs: number): Promise<LoadFigures[]> {
  const servers = await Promise.all(packages.map(serveGzip));
  try {
    const loads: PageLoad[][][] = packages.map(() => profiles.map(() => []));
    for (let run = 0; run < runs; run += 1) {
      for (const [p, profile] of profiles.entries()) {
        for (const [i, server] of servers.entries()) loads[i]![p]!.push(await loadOnce(browser, server.url, profile));
      }
    }
    return packages.map((files, i) => figures(files, profiles, loads[i]!));
  } finally {
    await Promise.all(servers.map((s) => s.close()));
  }
}

function figures(files: FileSet, profiles: LoadProfile[], loads: PageLoad[][]): LoadFigures {
  // The requests before the first screen are the same in every run but for timing: the run
  // that loaded the most stands for all (the budget is about the worst case).
  const all = loads.flat();
  const sizeOf = (requests: string[]) => requests.reduce((sum, r) => sum + (files.has(r) ? wireBytes(r, files.get(r)!) : 0), 0);
  const heaviest = all.reduce((a, b) => (sizeOf(b.requests) > sizeOf(a.requests) ? b : a));
  const fileBytes: Record<string, number> = {};
  const byKind: Record<string, number> = {};
  for (const r of heaviest.requests) {
    const bytes = files.has(r) ? wireBytes(r, files.get(r)!) : 0;
    fileBytes[r] = (fileBytes[r] ?? 0) + bytes;
    byKind[kindOf(r)] = (byKind[kindOf(r)] ?? 0) + bytes;
  }
  const gz = (data: Buffer) => gzipSync(data, { level: 9 }).length;
  const through = all.reduce((a, b) => (sizeOf(b.toActivity.requests) > sizeOf(a.toActivity.requests) ? b : a));
  const throughKinds: Record<string, number> = {};
  for (const r of through.toActivity.requests) throughKinds[kindOf(r)] = (throughKinds[kindOf(r)] ?? 0) + (files.has(r) ? wireBytes(r, files.get(r)!) : 0);
  return {
    launchBytes: sizeOf(heaviest.requests),
    requests: heaviest.requests.length,
    files: fileBytes,
    byKind,
    firstActivityMs: Object.fromEntries(profiles.map((profile, p) => [profile.name, timing(loads[p]!.map((l) => l.firstActivityMs))])),
    toActivity: {
      bytes: sizeOf(through.toActivity.requests),
      requests: through.toActivity.requests.length,
      byKind: throughKinds,
      waitMs: Object.fromEntries(profiles.map((profile, p) => [profile.name, timing(loads[p]!.map((l) => l.toActivity.waitMs))])),
    },
    allChunksBytes: [...files].filter(([p]) => /\.(js|css)$/.test(p)).reduce((sum, [, data]) => sum + gz(data), 0),
    courseTextBytes: [...files].filter(([p]) => /^content\/(en\/|en\.json$|structure\.json$)/.test(p)).reduce((sum, [, data]) => sum + gz(data), 0),
  };
}

function kindOf(file: string): string {
  if (file.endsWith('.html')) return 'page';
  if (/\.(js|css)$/.test(file)) return 'code';
  if (file.endsWith('.json')) return 'course text';
  if (/\.(woff2?|ttf|otf)$/.test(file)) return 'fonts';
  if (/\.(svg|png|jpe?g|webp|gif)$/.test(file)) return 'images';
  return 'other';
}

function timing(values: number[]): Timing {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: Math.round(sorted[Math.floor(sorted.length / 2)]!), runs: values.map(Math.round) };
}

function ratios(current: LoadFigures, previous: LoadFigures): Record<string, number> {
  const r = (a: number, b: number) => Math.round((a / b) * 100) / 100;
  return {
    launchBytes: r(current.launchBytes, previous.launchBytes),
    requests: r(current.requests, previous.requests),
    ...Object.fromEntries(Object.keys(current.firstActivityMs).map((p) => [`firstActivityMs ${p}`, r(current.firstActivityMs[p]!.median, previous.firstActivityMs[p]!.median)])),
    toActivityBytes: r(current.toActivity.bytes, previous.toActivity.bytes),
    allChunksBytes: r(current.allChunksBytes, previous.allChunksBytes),
    courseTextBytes: r(current.courseTextBytes, previous.courseTextBytes),
  };
}

/** A few readable lines per course on stderr; the JSON on stdout has everything. */
function summary(name: string, bench: CourseBench): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const line = (label: string, f: LoadFigures) =>
    `  ${label.padEnd(9)} ${kb(f.launchBytes).padStart(9)} in ${String(f.requests).padStart(2)} requests; first screen ${Object.entries(f.firstActivityMs)
      .map(([p, t]) => `${t.median} ms ${p}`)
      .join(', ')}\n` +
    `            on to the first activity (Start, Start the module): ${kb(f.toActivity.bytes)} in ${f.toActivity.requests} requests ` +
    `(${Object.entries(f.toActivity.byKind).map(([k, v]) => `${k} ${kb(v)}`).join(', ')}); wait after the taps ${Object.entries(f.toActivity.waitMs)
      .map(([p, t]) => `${t.median} ms ${p}`)
      .join(', ')}\n`;
  const budget =
    name === 'real'
      ? `  budget    ${kb(bench.current.launchBytes)} of ${kb(WEB_BUDGETS.launchBytes)} (${bench.current.launchBytes <= WEB_BUDGETS.launchBytes ? 'within' : 'OVER'}); ` +
        `${bench.current.firstActivityMs.throttled!.median} ms of ${WEB_BUDGETS.throttledFirstActivityMs} ms throttled (${bench.current.firstActivityMs.throttled!.median <= WEB_BUDGETS.throttledFirstActivityMs ? 'within' : 'OVER'})\n`
      : '';
  return (
    `web bench, ${name} course (${bench.course}): before the first screen\n` +
    line('current', bench.current) +
    (bench.previous ? line(`previous`, bench.previous) + `  ratio     ${Object.entries(bench.ratio!).map(([k, v]) => `${k} ${v}`).join(', ')}\n` : '') +
    budget
  );
}
