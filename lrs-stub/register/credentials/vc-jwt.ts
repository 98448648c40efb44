/**
 * Securing a credential as a VC-JWT, the way "Securing Verifiable Credentials using JOSE and
 * COSE" (W3C, for VC Data Model 2.0) says: the JWS payload is the credential itself (no `vc`
 * claim wrapping it, as the VC 1.1 JWT encoding had), the header says `typ: vc+jwt` and
 * `cty: vc` so a verifier knows what it holds, and `kid` names the key in the school's JWKS.
 *
 * Both the certificates and the status list credential go through here, so they are secured
 * the same way and one verifier reads both.
 */
import { CompactSign } from 'jose';
import type { IssuerKey } from './issuer-key.ts';

export const VC_JWT_TYP = 'vc+jwt';

// A type alias, not an interface: jose's header parameter type wants an index signature.
export type VcJwtHeader = {
  alg: 'EdDSA';
  typ: typeof VC_JWT_TYP;
  cty: 'vc';
  kid: string;
};

export async function signVcJwt(credential: object, key: IssuerKey): Promise<string> {
  const header: VcJwtHeader = { alg: 'EdDSA', typ: VC_JWT_TYP, cty: 'vc', kid: key.kid };
  const payload = new TextEncoder().encode(JSON.stringify(credential));
  return new CompactSign(payload).setProtectedHeader(header).sign(key.privateKey);
}
