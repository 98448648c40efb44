/** Interface text for the course namespace (Dutch, as used in Flanders). */
import type { Messages } from '../messages.ts';
import type { course as source } from '../en/course.ts';

export const course: Messages<typeof source> = {
};
