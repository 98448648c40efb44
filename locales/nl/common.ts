/** Interface text shared by every element (Dutch, as used in Flanders). */
import type { Messages } from '../messages.ts';
import type { common as source } from '../en/common.ts';

export const common: Messages<typeof source> = {
  continue: 'Verder',
  charactersLeft_one: 'Nog {{count}} teken',
  charactersLeft_other: 'Nog {{count}} tekens',
};
