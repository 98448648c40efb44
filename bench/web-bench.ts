/**
 * Benchmark of the web target as a learner's browser meets it: JS+CSS bytes it loads (gzip -9,
 * course text excluded), the number of requests, and the median of 5 cold loads in headless
 * Chromium until the first activity is interactive (the shell's `wm-first-activity-interactive`
 * performance mark, set once the activity is rendered and focusable). The bytes loaded include
 * the first activity's element and the next one's, fetched early; beside them, the JS+CSS of
 * every chunk in the package, so the launch figure is not mistaken for the whole player.
 */
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { resolveConfig } from '../build/config.ts';
import { runBuild } from '../build/pipeline.ts';
import { serveFiles } from '../build/serve.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/chromium-path.mjs';

export const WEB_BUDGETS = { jsCssGzipBytes: 60 * 1024, firstInteractiveMs: 300 };

export interface WebBench {
  course: string;
  /** JS+CSS the browser fetched while the course started (gzip -9): the budgeted figure. */
  jsCssGzipBytes: number;
  jsCssFiles: Record<string, number>;
  /** JS+CSS of every chunk in the package (gzip -9 each, summed), loaded or not. */
  allChunksGzipBytes: number;
  requests: number;
  firstInteractiveMs: { median: number; runs: number[] };
  budgets: typeof WEB_BUDGETS;
  withinBudget: boolean;
}

export async function runWebBench(courseDir = 'tests/fixtures/course', runs = 5): Promise<WebBench> {
  const ctx = await runBuild(resolveConfig({ course: courseDir, targets: ['web'], outDir: '.cache/bench-dist' }));
  const web = ctx.packages[0]!;
  const server = await serveFiles(web.files);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const times: number[] = [];
    let requests = 0;
    const jsCss: Record<string, number> = {};
    for (let i = 0; i < runs; i++) {
      // A new context per run: empty cache and storage, as on a learner's first visit.
      const context = await browser.newContext();
      const page = await context.newPage();
      const seen: string[] = [];
      page.on('request', (r) => seen.push(r.url()));
      await page.goto(server.url);
      await page.waitForFunction(() => performance.getEntriesByName('wm-first-activity-interactive').length > 0, undefined, { timeout: 15_000 });
      times.push(await page.evaluate(() => performance.getEntriesByName('wm-first-activity-interactive')[0]!.startTime));
      requests = seen.length;
      for (const url of seen) {
        const p = new URL(url).pathname.replace(/^\//, '');
        if (/\.(js|css)$/.test(p)) jsCss[p] = gzipSync(web.files.get(p)!, { level: 9 }).length;
      }
      await context.close();
    }
    const sorted = [...times].sort((a, b) => a - b);
    const median = Math.round(sorted[Math.floor(sorted.length / 2)]!);
    const jsCssGzipBytes = Object.values(jsCss).reduce((a, b) => a + b, 0);
    const allChunksGzipBytes = [...web.files]
      .filter(([p]) => /\.(js|css)$/.test(p))
      .reduce((sum, [, data]) => sum + gzipSync(data, { level: 9 }).length, 0);
    return {
      course: courseDir,
      jsCssGzipBytes,
      jsCssFiles: jsCss,
      allChunksGzipBytes,
      requests,
      firstInteractiveMs: { median, runs: times.map(Math.round) },
      budgets: WEB_BUDGETS,
      withinBudget: jsCssGzipBytes <= WEB_BUDGETS.jsCssGzipBytes && median <= WEB_BUDGETS.firstInteractiveMs,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
