/** Interface text for the course namespace (Norwegian bokmål). */
import type { Messages } from '../messages.ts';
import type { course as source } from '../en/course.ts';

export const course: Messages<typeof source> = {
};
