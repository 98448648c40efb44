/** Interface text for the exercise namespace (Dutch, as used in Flanders). */
import type { Messages } from '../messages.ts';
import type { exercise as source } from '../en/exercise.ts';

export const exercise: Messages<typeof source> = {
};
