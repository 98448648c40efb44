/** Interface text for the certificate namespace (Norwegian bokmål). */
import type { Messages } from '../messages.ts';
import type { certificate as source } from '../en/certificate.ts';

export const certificate: Messages<typeof source> = {
};
