/**
 * Step 4: the course text and media of each package unit, shared by every target. Course text
 * stays out of the JavaScript bundle, and is split so the player loads what the learner is
 * about to see (build/content-split/split-course.ts; paths in components/src/app/content-paths.ts):
 * per locale a table of contents and one file per module, and one structure for every locale.
 */
import { readFile } from 'node:fs/promises';
import { modulePath, STRUCTURE_PATH, tocPath } from '../../components/src/app/content-paths.ts';
import type { CourseData } from '../../course/schema/course-data.ts';
import type { BuildStep, FileSet } from '../context.ts';
import { courseToc, sharedStructure } from '../content-split/split-course.ts';
import { stableJson } from '../stable-json.ts';

export function emitContent(): BuildStep {
  return {
    name: 'emit content',
    async run(ctx) {
      const media = new Map<string, Promise<Buffer>>();
      for (const unit of ctx.units) {
        const course = unit.course;
        const files: FileSet = new Map();
        const json = (value: unknown) => Buffer.from(stableJson(value));
        const all: CourseData[] = [];
        for (const locale of ctx.config.locales ?? course.source.locales) {
          const data = course.data[locale];
          if (!data) throw new Error(`Locale "${locale}" is not one of the course's locales (${course.source.locales.join(', ')}).`);
          all.push(data);
          files.set(tocPath(locale), json(courseToc(data)));
          for (const module of data.modules) files.set(modulePath(locale, module.id), json(module));
        }
        files.set(STRUCTURE_PATH, json(sharedStructure(all)));
        for (const m of course.media) {
          if (!media.has(m.source)) media.set(m.source, readFile(m.source));
          files.set(m.target, await media.get(m.source)!);
        }
        ctx.content.set(unit.id, files);
      }
    },
  };
}
