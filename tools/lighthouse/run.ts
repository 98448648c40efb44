/**
 * `npm run lighthouse`: Lighthouse on the web package of the real course, served on 127.0.0.1,
 * in Debian's Chromium (no browser download), as a phone (Lighthouse's mobile emulation, a
 * throttled 4G link) and as a desktop. Prints the four category scores per run and every audit
 * that costs accessibility or best-practices points, writes the HTML reports to
 * `lighthouse-report/`, and exits 1 when accessibility or best-practices is below 100 in any
 * run: those two are the bar (item 9 of the design brief); performance and SEO are reported.
 *
 *   npm run lighthouse                       en, mobile and desktop
 *   npm run lighthouse -- --locale en,nl,nb  more languages (the browser's language picks it)
 *   npm run lighthouse -- --form mobile      one form factor
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Flags, type Result } from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/chromium-path.mjs';
import { serveGzip } from '../../bench/gzip-server.ts';
import { buildPackage } from '../../tests/e2e/support/built-course.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** The categories that must score 100. */
const REQUIRED = ['accessibility', 'best-practices'] as const;
const FORMS = ['mobile', 'desktop'] as const;
const LOCALES = ['en', 'nl', 'nb'] as const;
const OUT = 'lighthouse-report';

interface RunResult {
  label: string;
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  failing: string[];
}

const { values } = parseArgs({
  options: {
    locale: { type: 'string', default: 'en' },
    form: { type: 'string', default: FORMS.join(',') },
    course: { type: 'string', default: 'course/content' },
  },
});
const locales = listOption(values.locale, LOCALES);
const forms = listOption(values.form, FORMS);

const started = Date.now();
// Served compressed, as a web server or an LMS serves it (bench/gzip-server.ts): the raw files
// made Lighthouse's simulated phone wait for text no learner downloads uncompressed.
const server = await serveGzip((await buildPackage(values.course, 'web')).files);
const served = { server };
console.log(`Built and serving the web package, gzip, at ${served.server.url} (${seconds(started)})`);
await mkdir(OUT, { recursive: true });
const results: RunResult[] = [];
try {
  for (const locale of locales) {
    for (const form of forms) results.push(await audit(served.server.url, locale, form));
  }
} finally {
  await served.server.close();
}

console.log(`\n${'run'.padEnd(16)}${CATEGORIES.map((c) => c.padStart(16)).join('')}`);
for (const r of results) console.log(`${r.label.padEnd(16)}${CATEGORIES.map((c) => String(r.scores[c] ?? '-').padStart(16)).join('')}`);
const failures = results.filter((r) => REQUIRED.some((c) => r.scores[c] !== 100));
for (const r of failures) console.log(`\n${r.label}: what costs ${REQUIRED.join(' / ')} points\n${r.failing.join('\n') || '  (no failing audit listed: see the report)'}`);
console.log(`\nReports in ${OUT}/; took ${seconds(started)}.`);
if (failures.length > 0) {
  console.error(`\nFAIL: ${REQUIRED.join(' and ')} must be 100 in every run.`);
  process.exitCode = 1;
}

/** One Lighthouse navigation: a fresh Chromium whose language is `locale`, so the player picks it. */
async function audit(url: string, locale: string, form: (typeof FORMS)[number]): Promise<RunResult> {
  const label = `${locale} ${form}`;
  const t = Date.now();
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS, `--lang=${locale}`],
    prefs: { 'intl.accept_languages': locale },
  });
  try {
    const flags: Flags = { port: chrome.port, output: ['html'], logLevel: 'error', onlyCategories: [...CATEGORIES], locale: 'en' };
    const runner = await lighthouse(url, flags, form === 'desktop' ? desktopConfig : undefined);
    if (!runner) throw new Error(`Lighthouse returned nothing for ${label}`);
    const lhr = runner.lhr;
    const file = path.join(OUT, `${locale}-${form}.html`);
    await writeFile(file, String(runner.report));
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, score(lhr.categories[c])])) as RunResult['scores'];
    console.log(`${label}: ${CATEGORIES.map((c) => `${c} ${scores[c] ?? '-'}`).join(', ')} (${seconds(t)}, ${file})`);
    if (lhr.runtimeError) console.warn(`  runtime error: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    for (const c of CATEGORIES.filter((id) => !(REQUIRED as readonly string[]).includes(id))) {
      const lost = losing(lhr, c).map((a) => a.id);
      if (lost.length > 0) console.log(`  ${c} loses points on: ${lost.join(', ')}`);
    }
    return { label, scores, failing: failingAudits(lhr) };
  } finally {
    chrome.kill();
  }
}

function score(category: Result['categories'][string] | undefined): number | null {
  return category?.score === null || category?.score === undefined ? null : Math.round(category.score * 100);
}

/** Audits of a category that cost it points. */
function losing(lhr: Result, category: string): Array<Result['audits'][string]> {
  return (lhr.categories[category]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id]!)
    .filter((a) => a.score !== null && a.score < 0.9);
}

/** Audits of the required categories that lose points, with the elements they name. */
function failingAudits(lhr: Result): string[] {
  return REQUIRED.flatMap((id) =>
    (lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id]!)
      .filter((a) => a.score !== null && a.score < 1)
      .map((a) => `  ${id}: ${a.id}: ${a.title}${describeItems(a)}`),
  );
}

function describeItems(audit: Result['audits'][string]): string {
  const details = audit.details as { items?: Array<Record<string, unknown>> } | undefined;
  const lines = (details?.items ?? []).slice(0, 8).map((item) => {
    const node = item.node as { selector?: string; snippet?: string } | undefined;
    const text = node?.selector ?? node?.snippet ?? item.description ?? item.source ?? item.url ?? JSON.stringify(item).slice(0, 160);
    return `\n      ${String(text)}`;
  });
  return lines.join('');
}

function listOption<T extends string>(value: string | undefined, allowed: readonly T[]): T[] {
  const list = (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = list.filter((v) => !allowed.includes(v as T));
  if (unknown.length > 0 || list.length === 0) throw new Error(`Choose from ${allowed.join(', ')} (got "${value}")`);
  return list as T[];
}

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}
