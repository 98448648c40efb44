/**
 * The preview studio's live reload on the real course (`npm run bench -- --only studio`): the
 * studio starts on a copy of course/content, then a page is saved five times and a module.yaml
 * once; each is timed from the write to the studio's "built" event (what makes the page reload
 * the player). The first build, with the player bundles, is timed too. Numbers only.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveConfig } from '../build/config.ts';
import { startStudio } from '../build/studio/studio-server.ts';
import type { StudioState } from '../build/studio/studio-state.ts';

const COURSE = fileURLToPath(new URL('../course/content', import.meta.url));
const PAGE = 'modules/feedback/pages/critical-feedback.md';
const MODULE = 'modules/feedback/module.yaml';

export async function runStudioBench(edits = 5) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wm-studio-bench-'));
  await cp(COURSE, dir, { recursive: true });
  const started = performance.now();
  const studio = await startStudio({ config: resolveConfig({ course: dir, targets: ['web', 'scorm12', 'scorm2004', 'cmi5'] }), port: 0 });
  const built = (after: number) => waitFor(studio.url, after);
  try {
    const first = await built(0);
    if (!first.ok) throw new Error(`studio bench: the course did not build:\n${first.errors}`);
    const firstMs = performance.now() - started;
    const timeEdit = async (file: string, edit: (text: string, n: number) => string, n: number) => {
      const target = path.join(dir, file);
      const text = await readFile(target, 'utf8');
      const waiting = built(studio.state().version);
      const at = performance.now();
      await writeFile(target, edit(text, n));
      const state = await waiting;
      if (!state.ok) throw new Error(`studio bench: an edit broke the build:\n${state.errors}`);
      return performance.now() - at;
    };
    const page: number[] = [];
    for (let n = 0; n < edits; n += 1) page.push(await timeEdit(PAGE, (text, i) => `${text}\nEdited in the benchmark, round ${i}.\n`, n));
    const yaml = await timeEdit(MODULE, (text) => text.replace(/^(title: .*)$/m, '$1 '), 0);
    const sorted = [...page].sort((a, b) => a - b);
    return { firstBuildMs: Math.round(firstMs), pageEditToReloadMs: { median: Math.round(sorted[Math.floor(sorted.length / 2)]!), max: Math.round(sorted.at(-1)!) }, moduleYamlEditToReloadMs: Math.round(yaml) };
  } finally {
    await studio.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** The next finished build after `version`, from the studio's event stream. */
async function waitFor(url: string, version: number): Promise<StudioState> {
  const response = await fetch(`${url}/studio/events`);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error('studio bench: the event stream ended');
      buffer += decoder.decode(value, { stream: true });
      const blocks = buffer.split('\n\n');
      buffer = blocks.pop() ?? '';
      for (const block of blocks) {
        const data = block.match(/^event: built\ndata: (.*)$/m)?.[1];
        const state = data ? (JSON.parse(data) as StudioState) : undefined;
        if (state && state.version > version && !state.building) return state;
      }
    }
  } finally {
    await reader.cancel();
  }
}
