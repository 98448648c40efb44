/**
 * The xAPI versions this LRS speaks. The `X-Experience-API-Version` request header picks one;
 * every 1.0.x request is answered as 1.0.3 and every 2.0.x request as 2.0.0 (the spec lets an
 * LRS answer with the latest patch of the requested minor version).
 */

export type XapiVersion = '1.0.3' | '2.0.0';

export const SUPPORTED_VERSIONS: readonly XapiVersion[] = ['1.0.3', '2.0.0'];

/** The version a request header asks for, or undefined when this LRS does not speak it. */
export function resolveVersion(header: string): XapiVersion | undefined {
  if (/^1\.0(?:\.\d+)?$/.test(header)) return '1.0.3';
  if (/^2\.0(?:\.\d+)?$/.test(header)) return '2.0.0';
  return undefined;
}

/** The newest version this LRS speaks. */
export const LATEST_VERSION: XapiVersion = '2.0.0';

/**
 * The X-Experience-API-Version of an answer, errors included: the version the request asked
 * for, or the latest one when it named none this LRS speaks. Both specifications say "set this
 * header to the latest patch version" (1.0.3 Communication 3.3.s3.b2, 2.0 4.1.7).
 *
 * A request with no version header names no version, and ADL's two suites disagree on it: the
 * same header-less GET, POST and PUT /statements must be answered 400 with 1.0.3 in the 1.0.3
 * suite and with 2.0.0 in the 2.0.0 suite (both XAPI-00331), while XAPI-00321 in both suites
 * accepts either. We follow the text, so the 1.0.3 suite's three XAPI-00331 tests fail by
 * design (lrs-stub/README.md, "Conformance").
 */
export function answerVersion(header: string | undefined): XapiVersion {
  return (header === undefined ? undefined : resolveVersion(header.trim())) ?? LATEST_VERSION;
}
