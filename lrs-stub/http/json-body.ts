/**
 * JSON request bodies, read without crashing or stalling the LRS.
 *
 * Depth: JSON.parse copes with any nesting, but the code after it recurses: JSON.stringify
 * threw a RangeError (call stack exceeded) on a statement extension nested 5,000 deep, which
 * came out as a 500, and a statement stored that deep would break every later query returning
 * it. No xAPI statement or document needs more than a few dozen levels, so MAX_JSON_DEPTH is
 * far above real data and far below where the stack runs out. It is checked on the raw bytes,
 * before anything parses them; a body checked on arrival is not scanned again.
 *
 * Size: one JSON.parse of a 13 MB batch (20,000 statements) holds the event loop for 60-90 ms.
 * parseJsonInSlices cuts a big top-level array between its elements and parses a few hundred
 * kilobytes at a time, letting other clients in between; the result is the same array.
 *
 * Both walk the bytes with one scanner that jumps from quote to quote with indexOf (a few ms
 * per MB). UTF-8 never uses the bytes of `"`, `\`, `[`, `]`, `{`, `}` or `,` inside a multi-byte
 * character, so byte positions are safe cut points.
 */
import { timeSlices, type TimeSlices } from '../store/time-slices.ts';
import { invalid } from '../xapi/xapi-error.ts';

export const MAX_JSON_DEPTH = 100;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_ARRAY = 0x5b;
const OPEN_OBJECT = 0x7b;
const CLOSE_ARRAY = 0x5d;
const CLOSE_OBJECT = 0x7d;
/** Bytes scanned between two looks at the clock. */
const CHUNK = 256 * 1024;
/** Bodies smaller than this are parsed in one go (a few ms). */
const PARSE_IN_ONE_GO = 1024 * 1024;
/** About how many bytes of array elements one JSON.parse call takes. */
const PARSE_GROUP = 256 * 1024;

const checked = new WeakSet<Buffer>();

interface Scan {
  at: number;
  depth: number;
}

/** The position after the string starting at `at` (a quote); bytes.length when it never ends. */
function afterString(bytes: Buffer, at: number): number {
  let close = bytes.indexOf(QUOTE, at + 1);
  while (close !== -1) {
    // A quote preceded by an odd run of backslashes is escaped.
    let backslashes = 0;
    for (let k = close - 1; bytes[k] === BACKSLASH; k--) backslashes++;
    if (backslashes % 2 === 0) return close + 1;
    close = bytes.indexOf(QUOTE, close + 1);
  }
  return bytes.length;
}

/**
 * Scans bytes [scan.at, end) (a string may carry it past end), calling `onComma` for commas
 * outside strings; returns 'deep' once the depth passes `max`, 'closed' when the depth comes
 * back to 0 (scan.at is then the closing bracket), or undefined at `end`.
 */
function scanUntil(bytes: Buffer, scan: Scan, end: number, max: number, onComma?: (at: number, depth: number) => void): 'deep' | 'closed' | undefined {
  let { at, depth } = scan;
  let result: 'deep' | 'closed' | undefined;
  while (at < end) {
    const c = bytes[at]!;
    if (c === QUOTE) {
      at = afterString(bytes, at);
      continue;
    }
    if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      depth += 1;
      if (depth > max) {
        result = 'deep';
        break;
      }
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
      depth -= 1;
      if (depth === 0 && onComma) {
        result = 'closed';
        break;
      }
    } else if (c === COMMA && onComma) onComma(at, depth);
    at += 1;
  }
  scan.at = at;
  scan.depth = depth;
  return result;
}

function tooDeep(where: string, at: number, max: number) {
  return invalid(`${where}: JSON nested deeper than ${max} levels (at byte ${at}); no xAPI statement or document needs that depth, flatten the data`);
}

/** Throws an `invalid` XapiError when `bytes` nest deeper than `max`. */
export function checkJsonDepth(bytes: Buffer, where = 'request body', max = MAX_JSON_DEPTH): void {
  if (checked.has(bytes)) return;
  const scan: Scan = { at: 0, depth: 0 };
  if (scanUntil(bytes, scan, bytes.length, max) === 'deep') throw tooDeep(where, scan.at, max);
  checked.add(bytes);
}

/** checkJsonDepth in time slices, for bodies of many megabytes. */
export async function checkJsonDepthInSlices(bytes: Buffer, where = 'request body', max = MAX_JSON_DEPTH, slices: TimeSlices = timeSlices()): Promise<void> {
  if (checked.has(bytes)) return;
  const scan: Scan = { at: 0, depth: 0 };
  while (scan.at < bytes.length) {
    if (scanUntil(bytes, scan, Math.min(bytes.length, scan.at + CHUNK), max) === 'deep') throw tooDeep(where, scan.at, max);
    if (slices.due() && scan.at < bytes.length) await slices.turn();
  }
  checked.add(bytes);
}

const isWhitespace = (c: number | undefined) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/**
 * JSON.parse(bytes) in time slices when `bytes` is a big top-level array; anything else (or
 * anything the cutting does not understand) is parsed in one go, so errors read as usual.
 */
export async function parseJsonInSlices(bytes: Buffer, slices: TimeSlices = timeSlices()): Promise<unknown> {
  const whole = () => JSON.parse(bytes.toString('utf8')) as unknown;
  if (bytes.length < PARSE_IN_ONE_GO) return whole();
  let open = 0;
  while (isWhitespace(bytes[open])) open++;
  if (bytes[open] !== OPEN_ARRAY) return whole();
  // Cut after every element that ends a group of about PARSE_GROUP bytes.
  const cuts: number[] = [];
  let groupStart = open + 1;
  const scan: Scan = { at: open, depth: 0 };
  let ended: 'deep' | 'closed' | undefined;
  while (ended === undefined && scan.at < bytes.length) {
    ended = scanUntil(bytes, scan, Math.min(bytes.length, scan.at + CHUNK), Number.MAX_SAFE_INTEGER, (at, depth) => {
      if (depth === 1 && at - groupStart >= PARSE_GROUP) {
        cuts.push(at);
        groupStart = at + 1;
      }
    });
    if (slices.due()) await slices.turn();
  }
  const close = scan.at;
  let rest = close + 1;
  while (isWhitespace(bytes[rest])) rest++;
  if (ended !== 'closed' || rest !== bytes.length) return whole(); // unterminated or trailing bytes
  const result: unknown[] = [];
  let start = open + 1;
  for (const end of [...cuts, close]) {
    let part: unknown[];
    try {
      part = JSON.parse(`[${bytes.toString('utf8', start, end)}]`) as unknown[];
    } catch (error) {
      throw new SyntaxError(`${(error as Error).message}, in the elements between bytes ${start} and ${end}`);
    }
    for (const item of part) result.push(item);
    start = end + 1;
    if (slices.due()) await slices.turn();
  }
  return result;
}
