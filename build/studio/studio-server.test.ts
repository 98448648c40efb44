/**
 * The preview studio's live reload, as an author meets it: the studio serves a copy of the
 * fixture course; saving a page brings the new text into the served package and tells the page
 * (server-sent events); saving a mistake keeps the last good build playing and sends the CLI's
 * error text with its file and line; fixing it builds again. Timing is the benchmark's
 * business: this test only waits for the events.
 */
import { cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../config.ts';
import { startStudio, type RunningStudio } from './studio-server.ts';
import type { StudioState } from './studio-state.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../../tests/fixtures/course');
const PAGE = 'modules/first-weeks/pages/welcome.md';
let dir: string;
let studio: RunningStudio;

/** The next `built` event after `version`, read from the studio's event stream. */
async function nextBuilt(after: number): Promise<StudioState> {
  const response = await fetch(`${studio.url}/studio/events`);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error('the event stream ended');
      buffer += decoder.decode(value, { stream: true });
      for (const block of buffer.split('\n\n').slice(0, -1)) {
        const data = block.match(/^event: built\ndata: (.*)$/m)?.[1];
        if (data) {
          const state = JSON.parse(data) as StudioState;
          if (state.version > after && !state.building) return state;
        }
      }
      buffer = buffer.slice(buffer.lastIndexOf('\n\n') + 2);
    }
  } finally {
    await reader.cancel();
  }
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'wm-studio-'));
  await cp(FIXTURE, dir, { recursive: true });
  studio = await startStudio({ config: resolveConfig({ course: dir, targets: ['web'] }), port: 0 });
  const first = await nextBuilt(0);
  expect(first.ok, first.errors).toBe(true);
}, 180_000);
afterAll(async () => {
  await studio?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the preview studio', () => {
  it('serves the web package and the course outline', async () => {
    expect((await fetch(`${studio.url}/web/index.html`)).status).toBe(200);
    const state = (await (await fetch(`${studio.url}/studio/api/state`)).json()) as StudioState;
    expect(state.outline).toMatchObject({ id: 'workmentor-fixture', locales: ['en', 'nl', 'nb'], modules: [{ id: 'first-weeks' }] });
    expect((await fetch(`${studio.url}/`)).headers.get('content-type')).toMatch(/text\/html/);
  });

  it('rebuilds when a page is saved, and serves the new text', async () => {
    const before = studio.state().version;
    const waiting = nextBuilt(before);
    const page = path.join(dir, PAGE);
    await writeFile(page, (await readFile(page, 'utf8')).replace('The first weeks set the tone', 'The first weeks (edited in the studio) set the tone'));
    const built = await waiting;
    expect(built.ok, built.errors).toBe(true);
    const module = await (await fetch(`${studio.url}/web/content/en/modules/first-weeks.json`)).text();
    expect(module).toContain('edited in the studio');
  }, 60_000);

  it('sees a file an editor replaced by renaming a new one over it, again and again', async () => {
    const page = path.join(dir, PAGE);
    for (const round of [1, 2]) {
      const waiting = nextBuilt(studio.state().version);
      await writeFile(`${page}.tmp`, `${await readFile(page, 'utf8')}\nSaved by rename, round ${round}.\n`);
      await rename(`${page}.tmp`, page);
      expect((await waiting).ok).toBe(true);
      expect(await (await fetch(`${studio.url}/web/content/en/modules/first-weeks.json`)).text()).toContain(`Saved by rename, round ${round}.`);
    }
  }, 60_000);

  it('keeps the last good build playing on a content error, says where it is, and recovers', async () => {
    const file = path.join(dir, 'modules/first-weeks/module.yaml');
    const good = await readFile(file, 'utf8');
    let waiting = nextBuilt(studio.state().version);
    await writeFile(file, good.replace(/^id: first-weeks$/m, 'id: First_Weeks'));
    const failed = await waiting;
    expect(failed.ok).toBe(false);
    expect(failed.errors).toMatch(/modules\/first-weeks\/module\.yaml:\d+:\d+/);
    expect((await fetch(`${studio.url}/web/content/en/modules/first-weeks.json`)).status).toBe(200);

    waiting = nextBuilt(failed.version);
    await writeFile(file, good);
    expect((await waiting).ok).toBe(true);
  }, 60_000);

  it('decodes a resume state against the target’s limit', async () => {
    const answer = await (await fetch(`${studio.url}/studio/api/resume`, { method: 'POST', body: JSON.stringify({ suspendData: 'not a state', target: 'scorm12' }) })).json();
    expect(answer).toMatchObject({ characters: 11, limit: 4096 });
    expect(answer.problems.length).toBeGreaterThan(0);
  });
});
