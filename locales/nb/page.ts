/** Interface text for the page namespace (Norwegian bokmål). */
import type { Messages } from '../messages.ts';
import type { page as source } from '../en/page.ts';

export const page: Messages<typeof source> = {
  table: 'Tabell',
  tableNamed: 'Tabell: {{caption}}',
};
