/**
 * A page of reading. Its body is Markdown in `pages/<activity-id>.md` beside `module.yaml`
 * (translations in `pages/<activity-id>.<locale>.md`), compiled with `marked` and sanitized at
 * build time, so no Markdown parser ships to the browser.
 */
import { z } from 'zod';
import { activityBase } from './common.ts';

export const PageSchema = z.strictObject({
  ...activityBase,
  type: z.literal('page'),
});
export type Page = z.infer<typeof PageSchema>;
