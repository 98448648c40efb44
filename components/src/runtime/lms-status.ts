/** The status reported to an LMS; its own file so the player can use the type without zod. */
import * as z from 'zod/mini';

export const LmsStatusSchema = z.enum(['passed', 'failed', 'completed', 'incomplete']);
export type LmsStatus = z.infer<typeof LmsStatusSchema>;
