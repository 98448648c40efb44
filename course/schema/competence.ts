/** A mentor competence that module objectives map to (for example the seven Flemish mentor skills). */
import { z } from 'zod';
import { IdSchema, TextSchema } from './ids.ts';

export const CompetenceSchema = z.strictObject({
  id: IdSchema,
  /** Short name shown on the certificate and in the table of contents. */
  title: TextSchema,
});
export type Competence = z.infer<typeof CompetenceSchema>;
