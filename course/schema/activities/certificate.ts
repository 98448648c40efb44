/**
 * The certificate: issued once the course is complete and mastered. It names the learner, the
 * date, the competences covered and a verification code a school can register.
 */
import { z } from 'zod';
import { activityBase } from './common.ts';
import { TextSchema } from '../ids.ts';

export const CertificateSchema = z.strictObject({
  ...activityBase,
  type: z.literal('certificate'),
  /** The certificate's heading, for example "Work Mentor Certificate". */
  heading: TextSchema,
  /** The sentence under the learner's name, for example "has completed the WORKMENTOR training". */
  statement: TextSchema,
  /**
   * The sentence when this module is packaged on its own (`--split modules`): the learner took
   * only this module in that package, so the certificate may claim only what the module proves
   * ("has passed the final assessment of …"). Without it, module packages leave the certificate out.
   */
  moduleStatement: TextSchema.optional(),
  /** Who issues it (organisation name). */
  issuer: TextSchema,
});
export type Certificate = z.infer<typeof CertificateSchema>;
