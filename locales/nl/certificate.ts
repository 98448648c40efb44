/** Interface text for the certificate namespace (Dutch, as used in Flanders). */
import type { Messages } from '../messages.ts';
import type { certificate as source } from '../en/certificate.ts';

export const certificate: Messages<typeof source> = {
};
