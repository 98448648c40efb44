/** Interface text for the quiz namespace (Norwegian bokmål). */
import type { Messages } from '../messages.ts';
import type { quiz as source } from '../en/quiz.ts';

export const quiz: Messages<typeof source> = {
};
