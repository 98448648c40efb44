import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import type { ClassDeclaration, CustomElement, Package } from 'custom-elements-manifest/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { REGENERATE, renderElementsReference } from './render-reference.ts';

const REPO = join(import.meta.dirname, '../..');

type Element = ClassDeclaration & CustomElement;

function element(manifest: Package, tag: string): Element {
  const found = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => 'tagName' in d && d.tagName === tag);
  if (!found) throw new Error(`<${tag}> is not in the manifest`);
  return found as Element;
}

describe('element reference (custom-elements.json, docs/elements.md)', () => {
  let manifest: Package;

  beforeAll(async () => {
    // The analyzer in memory, with the repository's config (custom-elements-manifest.config.mjs).
    manifest = await cli({ argv: ['analyze'], cwd: REPO, noWrite: true });
  });

  it('is up to date with the elements', async () => {
    const committedManifest = await readFile(join(REPO, 'custom-elements.json'), 'utf8').catch(() => '(missing)');
    expect(committedManifest, `custom-elements.json is out of date with components/src/elements: run \`${REGENERATE}\``).toBe(`${JSON.stringify(manifest, null, 2)}\n`);
    const committedReference = await readFile(join(REPO, 'docs/elements.md'), 'utf8').catch(() => '(missing)');
    expect(committedReference, `docs/elements.md is out of date with components/src/elements: run \`${REGENERATE}\``).toBe(renderElementsReference(manifest));
  });

  it('documents an element whose JSDoc is its file\'s first comment', () => {
    const course = element(manifest, 'wm-course');
    expect(course.summary).toMatch(/Plays a whole course/);
    expect(course.description).toMatch(/^The course shell/);
    expect(course.slots?.map((s) => s.name)).toEqual(['']);
    const notice = element(manifest, 'wm-tracking-notice');
    expect(notice.cssParts?.map((p) => p.name)).toEqual(['notice']);
    expect(notice.events?.map((e) => e.name)).toEqual(['wm-notice-dismiss', 'wm-notice-reload']);
  });

  it('lists each event once, with its name, its class and what happened', () => {
    const events = element(manifest, 'wm-reflection').events ?? [];
    expect(events.map((e) => [e.name, e.type?.text, e.type?.references?.[0]?.module])).toEqual([
      ['wm-reflection-change', 'WmReflectionChangeEvent', 'components/src/elements/wm-reflection/events.ts'],
      ['wm-reflection-submit', 'WmReflectionSubmitEvent', 'components/src/elements/wm-reflection/events.ts'],
    ]);
    expect(events[1]?.description).toBe('the learner saved the answers to the portfolio.');
  });

  it('tells integrators what each property reads, what an event carries and which activity type an element shows', () => {
    const reference = renderElementsReference(manifest);
    expect(reference).toContain('| `review` | `review` (reflected) | `boolean` | `false` | Shows the saved answers read-only and dispatches no events. |');
    expect(reference).toContain('| `activity` | property only | `ReflectionData \\| undefined` |  | The reflection to show. |');
    expect(reference).toContain('`WmReflectionChangeEvent`: `promptId`: `string`, `text`: `string` (the whole answer to this prompt now), `progress`: `ReflectionProgress`');
    expect(reference).toContain('Shown for activities of `type: feedback-exercise`.');
    expect(reference).toContain('| `::part(transcript)` | The list of speech bubbles. |');
    expect(reference).toContain('  - [`<wm-quiz>`](#wm-quiz): A quiz with six item kinds');
  });

  it('refuses an element that is in no group, naming where to add it', () => {
    expect(() => renderElementsReference(manifest, [{ title: 'Activities', about: '', tags: ['wm-quiz'] }])).toThrow(/<wm-course>.*ELEMENT_GROUPS in tools\/elements-reference\/element-groups\.ts/);
  });
});
