/** Interface text shared by every element (Norwegian bokmål). */
import type { Messages } from '../messages.ts';
import type { common as source } from '../en/common.ts';

export const common: Messages<typeof source> = {
  continue: 'Fortsett',
  charactersLeft_one: '{{count}} tegn igjen',
  charactersLeft_other: '{{count}} tegn igjen',
};
