/** Interface text for the page namespace (Dutch, as used in Flanders). */
import type { Messages } from '../messages.ts';
import type { page as source } from '../en/page.ts';

export const page: Messages<typeof source> = {
  table: 'Tabel',
  tableNamed: 'Tabel: {{caption}}',
};
