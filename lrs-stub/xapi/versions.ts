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
