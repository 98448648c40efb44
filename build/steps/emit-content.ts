/**
 * Step 3: the course text (one JSON file per locale) and media, shared by every target. Course
 * text stays out of the JavaScript bundle so the runtime loads only the language it shows.
 */
import { readFile } from 'node:fs/promises';
import type { BuildStep } from '../context.ts';
import { stableJson } from '../stable-json.ts';

export function emitContent(): BuildStep {
  return {
    name: 'emit content',
    async run(ctx) {
      const course = ctx.course!;
      const locales = ctx.config.locales ?? course.source.locales;
      for (const locale of locales) {
        const data = course.data[locale];
        if (!data) throw new Error(`Locale "${locale}" is not one of the course's locales (${course.source.locales.join(', ')}).`);
        ctx.content.set(`content/${locale}.json`, Buffer.from(stableJson(data)));
      }
      for (const media of course.media) ctx.content.set(media.target, await readFile(media.source));
    },
  };
}
