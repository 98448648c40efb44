/**
 * Step 4: the course text (one JSON file per locale) and media of each package unit, shared by
 * every target. Course text stays out of the JavaScript bundle so the runtime loads only the
 * language it shows.
 */
import { readFile } from 'node:fs/promises';
import type { BuildStep, FileSet } from '../context.ts';
import { stableJson } from '../stable-json.ts';

export function emitContent(): BuildStep {
  return {
    name: 'emit content',
    async run(ctx) {
      const media = new Map<string, Promise<Buffer>>();
      for (const unit of ctx.units) {
        const course = unit.course;
        const files: FileSet = new Map();
        for (const locale of ctx.config.locales ?? course.source.locales) {
          const data = course.data[locale];
          if (!data) throw new Error(`Locale "${locale}" is not one of the course's locales (${course.source.locales.join(', ')}).`);
          files.set(`content/${locale}.json`, Buffer.from(stableJson(data)));
        }
        for (const m of course.media) {
          if (!media.has(m.source)) media.set(m.source, readFile(m.source));
          files.set(m.target, await media.get(m.source)!);
        }
        ctx.content.set(unit.id, files);
      }
    },
  };
}
