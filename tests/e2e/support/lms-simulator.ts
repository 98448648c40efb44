/**
 * The LMS simulator for end-to-end tests (build/lms-simulator/): serves a package's files under
 * `sco/` next to a host page that plays the LMS with scorm-again, as Moodle frames a SCO below
 * the page holding the API. A test opens `url` (or `urlFor(otherSetup)`), plays the package in
 * the `scorm_object` frame, and reads what the LMS recorded with `readLms(page)`.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from '@playwright/test';
import { serveFiles, type RunningServer } from '../../../build/serve.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.resolve(here, '../../../build/lms-simulator');

/** How the simulated LMS launches the package (see build/lms-simulator/README.md). */
export interface LmsSetup {
  version: '1.2' | '2004';
  learner?: { id?: string; name?: string };
  /** `cmi.student_preference.language` / `cmi.learner_preference.language`. */
  language?: string;
  /** `cmi.core.lesson_mode` / `cmi.mode`. */
  mode?: 'normal' | 'browse' | 'review';
  /**
   * The data model at launch in scorm-again's JSON shape (a returning learner): e.g. for 1.2
   * `{ core: { entry: 'resume', lesson_location: 'm/a' }, suspend_data: '…' }`. Pass a previous
   * `readLms(page).committed` to relaunch after it: `entry` is then derived from its `exit`.
   */
  cmi?: Record<string, unknown>;
  /** Refuse calls: the next `times` calls of `method`, or calls between `fromMs` and `untilMs` after the page loaded. */
  failures?: LmsFailure[];
  /** The launch file inside the package; `index.html` by default. */
  launch?: string;
  /** `false`: do not pick up what this tab committed before when no `cmi` is given. */
  persist?: boolean;
}

export interface LmsFailure {
  method: string;
  code: string;
  times?: number;
  fromMs?: number;
  untilMs?: number;
}

export interface LmsCall {
  method: string;
  args: string[];
  result: string;
  /** Milliseconds after the host page loaded. */
  at: number;
}

export interface LmsRecord {
  version: '1.2' | '2004';
  log: LmsCall[];
  /** The data model now, committed or not. */
  cmi: Record<string, any>;
  /** The data model as of the last successful commit or finish: what the LMS keeps. */
  committed: Record<string, any>;
}

export interface LmsSimulator {
  /** The host page for the setup given at start. */
  url: string;
  server: RunningServer;
  /** The host page for another setup (a relaunch, another learner). */
  urlFor(setup: LmsSetup): string;
  close(): Promise<void>;
}

export async function startLmsSimulator(packageFiles: Map<string, Buffer>, setup: LmsSetup): Promise<LmsSimulator> {
  const require = createRequire(import.meta.url);
  // The IIFE build, which defines window.Scorm12API and window.Scorm2004API (the package's exports map hides package.json).
  const scormAgain = path.join(path.dirname(require.resolve('scorm-again')), 'scorm-again.min.js');
  const files = new Map<string, Buffer>([
    ['index.html', await readFile(path.join(fixtures, 'host.html'))],
    ['lms-host.js', await readFile(path.join(fixtures, 'lms-host.js'))],
    ['scorm-again.js', await readFile(scormAgain)],
  ]);
  for (const [file, body] of packageFiles) files.set(`sco/${file}`, body);
  const server = await serveFiles(files);
  const urlFor = (next: LmsSetup) => `${server.url}?setup=${encodeURIComponent(JSON.stringify(next))}`;
  return { url: urlFor(setup), server, urlFor, close: () => server.close() };
}

/** A package of one page that calls the API on request: `window.sco.call('LMSSetValue', …)` in the frame. */
export async function testScoFiles(): Promise<Map<string, Buffer>> {
  return new Map([['index.html', await readFile(path.join(fixtures, 'test-sco.html'))]]);
}

/** The package's frame (the SCO), once it has loaded. */
export async function scoFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe#scorm_object');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('The LMS simulator has no SCO frame');
  await frame.waitForLoadState();
  return frame;
}

/** What the LMS recorded: every API call, the data model now, and what it committed. */
export async function readLms(page: Page): Promise<LmsRecord> {
  return page.evaluate(() => {
    const lms = window as unknown as { __lmsVersion: '1.2' | '2004'; __lmsLog: LmsCall[]; __lmsCmi(): object; __lmsCommitted(): object };
    return { version: lms.__lmsVersion, log: structuredClone(lms.__lmsLog), cmi: lms.__lmsCmi(), committed: lms.__lmsCommitted() } as LmsRecord;
  });
}

/** Adds a failure rule while the page runs (e.g. the LMS goes down mid-session). */
export async function failLms(page: Page, failure: LmsFailure): Promise<void> {
  await page.evaluate((rule) => (window as unknown as { __lmsFail(rule: LmsFailure): void }).__lmsFail(rule), failure);
}
