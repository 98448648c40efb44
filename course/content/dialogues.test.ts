/**
 * Plays every path of every dialogue of the WORKMENTOR course, in every language, through the
 * same dialogue engine the player uses: each path must be choosable step by step and end in an
 * ending with a debrief, with the same structure in every language.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCourse, type LoadedCourse } from '../../build/load/load-course.ts';
import type { DialogueData } from '../schema/course-data.ts';
import { allPaths } from '../../components/src/runtime/dialogue-graph.ts';
import { choose, dialogueView, startDialogue } from '../../components/src/runtime/dialogue-engine.ts';

let course: LoadedCourse;

beforeAll(async () => {
  const result = await loadCourse('course/content');
  if (!result.ok) throw new Error(`course/content does not load: ${result.errors.map((e) => `${e.name} ${e.file}:${e.line}`).join('; ')}`);
  course = result.course;
}, 60_000);

const dialogues = (data: LoadedCourse['data'][keyof LoadedCourse['data']]) =>
  data!.modules.flatMap((m) => m.activities.filter((a): a is DialogueData => a.type === 'dialogue').map((d) => ({ module: m.id, d })));

describe('the WORKMENTOR dialogues', () => {
  it('has at least one dialogue with 4+ decision points and 3+ endings in each of the eight modules', () => {
    const en = course.data.en!;
    for (const module of en.modules.filter((m) => m.id !== 'final-assessment')) {
      const ds = module.activities.filter((a): a is DialogueData => a.type === 'dialogue');
      expect(ds.length, module.id).toBeGreaterThan(0);
      const best = Math.max(...ds.map((d) => Math.max(...[...allPaths(d)].map((p) => p.length))));
      const endings = Math.max(...ds.map((d) => d.nodes.filter((n) => n.ending).length));
      expect(best, `${module.id}: decision points on the longest path`).toBeGreaterThanOrEqual(4);
      expect(endings, `${module.id}: endings`).toBeGreaterThanOrEqual(3);
    }
  });

  for (const locale of ['en', 'nl', 'nb'] as const) {
    it(`plays every path of every dialogue to an ending in ${locale}`, () => {
      let played = 0;
      for (const { module, d } of dialogues(course.data[locale])) {
        for (const path of allPaths(d)) {
          let progress = startDialogue();
          for (const choiceId of path) {
            expect(dialogueView(d, progress).ended, `${module}/${d.id}: ended before ${choiceId}`).toBe(false);
            progress = choose(d, progress, choiceId);
          }
          const view = dialogueView(d, progress);
          expect(view.ended, `${module}/${d.id}: ${path.join(' > ')}`).toBe(true);
          expect(view.ending?.debrief.trim().length, `${module}/${d.id}: debrief`).toBeGreaterThan(20);
          expect(view.percent).toBeGreaterThanOrEqual(0);
          expect(view.percent).toBeLessThanOrEqual(100);
          played++;
        }
      }
      expect(played).toBeGreaterThan(100);
    });
  }

  it('has the same dialogue structure in every language; only the text differs', () => {
    const shape = (data: LoadedCourse['data']['en']) =>
      dialogues(data).map(({ module, d }) => ({ module, id: d.id, paths: [...allPaths(d)] }));
    expect(shape(course.data.nl)).toEqual(shape(course.data.en));
    expect(shape(course.data.nb)).toEqual(shape(course.data.en));
    const firstLine = (data: LoadedCourse['data']['en']) => dialogues(data)[0]!.d.nodes[0]!.lines[0]?.text;
    expect(firstLine(course.data.nl)).not.toBe(firstLine(course.data.en));
  });
});
