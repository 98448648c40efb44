/** Interface text for the dialogue namespace (Dutch, as used in Flanders). */
import type { Messages } from '../messages.ts';
import type { dialogue as source } from '../en/dialogue.ts';

export const dialogue: Messages<typeof source> = {
};
