/** Interface text for the quiz namespace (Dutch, as used in Flanders). */
import type { Messages } from '../messages.ts';
import type { quiz as source } from '../en/quiz.ts';

export const quiz: Messages<typeof source> = {
};
