/** Interface text for the reflection namespace (Dutch, as used in Flanders). */
import type { Messages } from '../messages.ts';
import type { reflection as source } from '../en/reflection.ts';

export const reflection: Messages<typeof source> = {
};
