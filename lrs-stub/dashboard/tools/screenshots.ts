/**
 * Photographs the built dashboard with fixture data (fixture-server.ts) in Debian's Chromium:
 * every page and the states worth seeing (tables open, dialogs open, an import report, an
 * empty store, a viewer), at a phone's 360 × 740 and a laptop's 1280 × 800, light and dark.
 * Beside each shot it runs the course's page checks (tools/screenshots/page-checks.ts: axe on
 * the whole page, sideways scrolling) and collects console errors, which include any
 * Content-Security-Policy violation, since the server sends the real policy.
 *
 * Writes test-results/dashboard-screenshots/<shot>-<width>-<theme>.png and report.json; exits 1
 * on any finding.
 *
 *   npm run build:dashboard && npx tsx lrs-stub/dashboard/tools/screenshots.ts [--only overview,login] [--no-axe]
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../../tests/chromium-path.mjs';
import { auditPage, horizontalOverflow, type AxeFinding } from '../../../tools/screenshots/page-checks.ts';
import { fixtureServer, type FixtureServerOptions } from './fixture-server.ts';
import { DASHBOARD_SETTLED } from './page-probes.ts';

const OUT = 'test-results/dashboard-screenshots';
const SIZES = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];
const THEMES = ['light', 'dark'] as const;
const AXE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Shot {
  name: string;
  path: string;
  server?: FixtureServerOptions;
  /** What to do on the page before the photograph. */
  act?: (page: Page) => Promise<void>;
}

const openTables = async (page: Page) => {
  const closed = page.locator('button.table-toggle[aria-expanded="false"]');
  while ((await closed.count()) > 0) await closed.first().click();
};

const SHOTS: Shot[] = [
  { name: 'login', path: '/dashboard', server: { loggedOut: true } },
  {
    name: 'login-wrong',
    path: '/dashboard',
    server: { loggedOut: true },
    act: async (page) => {
      await page.locator('#username').fill('ines');
      await page.locator('#password').fill('nope');
      await page.locator('form button[type=submit]').click();
      await page.locator('#login-problem.notice').waitFor();
    },
  },
  { name: 'overview', path: '/dashboard?cohort=2026-spring' },
  { name: 'overview-tables', path: '/dashboard', act: openTables },
  { name: 'overview-large-text', path: '/dashboard', act: (page) => page.locator('button.large-text').click() },
  { name: 'dialogues-nl', path: '/dashboard/dialogues', act: async (page) => void (await page.locator('#ui-language').selectOption('nl')) },
  { name: 'items', path: '/dashboard/items' },
  { name: 'items-tables', path: '/dashboard/items', act: openTables },
  { name: 'dialogues', path: '/dashboard/dialogues' },
  { name: 'rubrics', path: '/dashboard/feedback' },
  { name: 'learners', path: '/dashboard/learners' },
  { name: 'learner', path: '/dashboard/learners/l-1' },
  {
    name: 'learner-erase',
    path: '/dashboard/learners/l-1',
    act: async (page) => {
      await page.locator('button.erase').click();
      await page.locator('#confirm-word').fill('wrong');
      await page.locator('dialog button[type=submit]').click();
      await page.locator('#confirm-error').getByText(/./).waitFor();
    },
  },
  { name: 'register', path: '/register' },
  {
    name: 'register-revoke',
    path: '/register',
    act: async (page) => {
      await page.locator('button.revoke').first().click();
      await page.locator('#reason').fill('Issued in error');
    },
  },
  {
    name: 'register-import',
    path: '/register',
    act: async (page) => {
      await page.locator('#moodle-file').setInputFiles({ name: 'moodle.csv', mimeType: 'text/csv', buffer: Buffer.from('First name,Surname\n') });
      await page.locator('wm-moodle-import button[type=submit]').click();
      await page.locator('#report-heading').waitFor();
    },
  },
  { name: 'empty', path: '/dashboard', server: { empty: true } },
  { name: 'viewer-learners', path: '/dashboard/learners', server: { role: 'viewer' } },
  { name: 'viewer-register', path: '/register', server: { role: 'viewer' } },
];

/** When the page scrolls sideways: the deepest boxes past the right edge, through shadow roots. */
const STICKING_OUT = `(() => {
  const found = [];
  const visit = (node) => {
    let inner = false;
    for (const child of node.children) {
      // What scrolls inside its own box (a wide table) cannot push the page.
      const clips = getComputedStyle(child).overflowX !== 'visible';
      const deeper = !clips && (visit(child) || (child.shadowRoot ? visit(child.shadowRoot) : false));
      const right = child.getBoundingClientRect().right;
      if (right > innerWidth + 0.5 && !deeper) found.push(child.localName + (child.className && typeof child.className === 'string' ? '.' + child.className.trim().replace(/\\s+/g, '.') : '') + ' (' + Math.round(right) + ' px)');
      inner = inner || deeper || right > innerWidth + 0.5;
    }
    return inner;
  };
  visit(document.body);
  return found.slice(0, 6).join(', ');
})()`;

/** Polls DASHBOARD_SETTLED with page.evaluate (a CDP evaluation, which the page's policy does not block, unlike waitForFunction's eval). */
async function settled(page: Page): Promise<void> {
  const until = Date.now() + 20_000;
  while (!(await page.evaluate(DASHBOARD_SETTLED))) {
    if (Date.now() > until) throw new Error(`${page.url()}: still loading after 20 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const { values } = parseArgs({ options: { only: { type: 'string', default: '' }, 'no-axe': { type: 'boolean', default: false } } });
const only = values.only ? values.only.split(',') : [];
const shots = SHOTS.filter((shot) => only.length === 0 || only.includes(shot.name));

await mkdir(OUT, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const report: { shot: string; file: string; overflow: number; axe: AxeFinding[]; console: string[] }[] = [];
let failed = false;
try {
  for (const shot of shots) {
    const server = fixtureServer(shot.server);
    const origin = await server.listen({ host: '127.0.0.1', port: 0 });
    try {
      for (const size of SIZES) {
        for (const theme of THEMES) {
          const context = await browser.newContext({ viewport: size, colorScheme: theme, reducedMotion: 'reduce', locale: 'en-GB' });
          const page = await context.newPage();
          const messages: string[] = [];
          page.on('console', (message) => {
            // Failed requests are judged below, by address: a 401 from the session check before login is expected.
            if ((message.type() === 'error' || message.type() === 'warning') && !message.text().startsWith('Failed to load resource')) messages.push(`${message.type()}: ${message.text()}`);
          });
          page.on('response', (response) => {
            const url = new URL(response.url());
            const expected = response.status() === 401 && url.pathname === '/dashboard/api/session';
            if (response.status() >= 400 && !expected) messages.push(`${response.status()} ${url.pathname}`);
          });
          page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
          await page.goto(`${origin}${shot.path}`);
          await settled(page);
          if (shot.act) await shot.act(page);
          await settled(page);
          await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
          const file = path.join(OUT, `${shot.name}-${size.width}-${theme}.png`);
          await page.screenshot({ path: file, fullPage: true });
          const overflow = await horizontalOverflow(page);
          if (overflow > 0) messages.push(`sticking out: ${await page.evaluate(STICKING_OUT)}`);
          let axe: AxeFinding[] = [];
          if (!values['no-axe']) {
            // Evaluated, not added as a script tag: the page's policy refuses inline scripts.
            await page.evaluate(AXE);
            axe = await auditPage(page);
          }
          const problems = overflow > 0 || axe.length > 0 || messages.length > 0;
          failed ||= problems;
          report.push({ shot: shot.name, file, overflow, axe, console: messages });
          process.stdout.write(`${problems ? '✗' : '✓'} ${file}${overflow ? ` overflow ${overflow}px` : ''}${axe.length ? ` axe: ${axe.map((f) => `${f.rule} ${f.targets.join(' ')}`).join('; ')}` : ''}${messages.length ? ` console: ${messages.join(' | ')}` : ''}\n`);
          await context.close();
        }
      }
    } finally {
      await server.close();
    }
  }
} finally {
  await browser.close();
  await writeFile(path.join(OUT, 'report.json'), JSON.stringify(report, null, 2));
}
process.exit(failed ? 1 : 0);
