/**
 * The WORKMENTOR cast: every person who speaks in a dialogue has a face from cast.yaml, in every
 * language, and a name keeps the same face in every module where it appears, so a learner who
 * meets Amina in two dialogues meets the same Amina.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCourse, type LoadedCourse } from '../../build/load/load-course.ts';
import type { DialogueData } from '../schema/course-data.ts';

let course: LoadedCourse;

beforeAll(async () => {
  const result = await loadCourse('course/content');
  if (!result.ok) throw new Error(`course/content does not load: ${result.errors.map((e) => `${e.name} ${e.file}:${e.line}`).join('; ')}`);
  course = result.course;
}, 60_000);

const dialogues = (locale: 'en' | 'nl' | 'nb') =>
  course.data[locale]!.modules.flatMap((m) => m.activities.filter((a): a is DialogueData => a.type === 'dialogue'));

describe('the WORKMENTOR cast', () => {
  it('loads without cast warnings (no unused entries, no two people of one dialogue in one colour)', () => {
    expect(course.warnings.filter((w) => w.name.startsWith('Cast')).map((w) => `${w.name} ${w.file}:${w.line}`)).toEqual([]);
  });

  for (const locale of ['en', 'nl', 'nb'] as const) {
    it(`gives every speaking person a face and a description in ${locale}, the learner's part none`, () => {
      for (const d of dialogues(locale)) {
        for (const member of d.cast) {
          if (member.id === d.player) expect(member.look, `${d.id}/${member.id}`).toBeUndefined();
          else expect(member.look?.alt, `${d.id}/${member.id}`).toMatch(/\S/);
        }
      }
    });
  }

  it('keeps one face per name across modules, with people of one dialogue in different colours', () => {
    const faces = new Map<string, string>();
    let shared = 0;
    for (const d of dialogues('en')) {
      const others = d.cast.filter((m) => m.id !== d.player);
      expect(new Set(others.map((m) => m.look!.colour)).size, d.id).toBe(others.length);
      for (const member of others) {
        const face = JSON.stringify(member.look);
        if (faces.has(member.name)) {
          shared += 1;
          expect(face, member.name).toBe(faces.get(member.name));
        }
        faces.set(member.name, face);
      }
    }
    // Amina and Els appear in two dialogues: the check above is not empty.
    expect(shared).toBeGreaterThan(0);
  });

  it('is diverse: every skin tone, a headscarf, glasses, every age and many kinds of work clothes', () => {
    const looks = [...new Map(dialogues('en').flatMap((d) => d.cast.flatMap((m) => (m.look ? [[m.name, m.look] as const] : [])))).values()];
    expect(new Set(looks.map((l) => l.skin)).size).toBe(6);
    expect(looks.filter((l) => l.headwear === 'headscarf').length).toBeGreaterThan(0);
    expect(looks.filter((l) => l.glasses !== 'none').length).toBeGreaterThan(3);
    expect(new Set(looks.map((l) => l.age))).toEqual(new Set(['young', 'adult', 'older']));
    expect(new Set(looks.map((l) => l.outfit)).size).toBeGreaterThanOrEqual(8);
  });
});
