/**
 * Benchmark of the web target as a learner's browser meets it: JS+CSS bytes it loads (gzip -9,
 * course text excluded), the number of requests, and the median of 5 cold loads in headless
 * Chromium until the first activity is interactive (the shell's `wm-first-activity-interactive`
 * performance mark, set once the activity is rendered and focusable).
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
  jsCssGzipBytes: number;
  jsCssFiles: Record<string, number>;
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
    return {
      course: courseDir,
      jsCssGzipBytes,
      jsCssFiles: jsCss,
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
