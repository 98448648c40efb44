/** Interface text for the exercise namespace (Norwegian bokmål). */
import type { Messages } from '../messages.ts';
import type { exercise as source } from '../en/exercise.ts';

export const exercise: Messages<typeof source> = {
};
