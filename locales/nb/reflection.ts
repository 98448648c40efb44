/** Interface text for the reflection namespace (Norwegian bokmål). */
import type { Messages } from '../messages.ts';
import type { reflection as source } from '../en/reflection.ts';

export const reflection: Messages<typeof source> = {
};
