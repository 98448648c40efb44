/** Interface text for the dialogue namespace (Norwegian bokmål). */
import type { Messages } from '../messages.ts';
import type { dialogue as source } from '../en/dialogue.ts';

export const dialogue: Messages<typeof source> = {
};
