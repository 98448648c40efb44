/**
 * The one error type the xAPI rules throw. It names a kind (what went wrong, in protocol terms)
 * rather than an HTTP status, so the rules stay free of HTTP; `http/errors.ts` maps each kind
 * to its status code. Messages say what, where (property or parameter) and what to do.
 */

export type XapiErrorKind =
  | 'invalid' // 400 Bad Request
  | 'unauthorized' // 401
  | 'forbidden' // 403
  | 'not-found' // 404
  | 'method-not-allowed' // 405
  | 'conflict' // 409
  | 'precondition-failed' // 412
  | 'too-large' // 413
  | 'precondition-required'; // 428

export class XapiError extends Error {
  override readonly name = 'XapiError';
  constructor(
    readonly kind: XapiErrorKind,
    message: string,
  ) {
    super(message);
  }
}

export function invalid(message: string): XapiError {
  return new XapiError('invalid', message);
}
