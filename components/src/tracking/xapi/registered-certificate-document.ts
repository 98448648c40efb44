/**
 * Reads the register's Agent Profile document for the learner (xAPI and cmi5 alike): the
 * certificate the school registered, or undefined when there is none, the LRS refuses, or the
 * document is not one. The certificate page works without it, so nothing here throws.
 */
import { readRegisteredCertificate, type RegisteredCertificateLink } from '../registered-certificate.ts';
import type { LrsClient } from './lrs-client.ts';
import { REGISTERED_CERTIFICATE_PROFILE_ID } from './xapi-vocabulary.ts';

export async function fetchRegisteredCertificate(client: LrsClient | undefined, agentJson: string | undefined): Promise<RegisteredCertificateLink | undefined> {
  if (!client || !agentJson) return undefined;
  try {
    return readRegisteredCertificate(await client.getDocument('agents/profile', REGISTERED_CERTIFICATE_PROFILE_ID, { agent: agentJson }));
  } catch {
    return undefined;
  }
}
