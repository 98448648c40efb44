/**
 * multipart/mixed, the way xAPI sends statements with attachments: parsing a request into
 * parts (headers + raw bytes) and building a response. Small on purpose: the parts are binary,
 * no nested multiparts; line breaks are CRLF, and bare LF is accepted too.
 */
import { randomBytes } from 'node:crypto';
import { invalid } from '../xapi/xapi-error.ts';

export interface Part {
  headers: Record<string, string>;
  content: Buffer;
}

export function boundaryOf(contentType: string): string {
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const boundary = match?.[1] ?? match?.[2];
  if (!boundary) throw invalid('Content-Type: multipart/mixed needs a boundary parameter, e.g. multipart/mixed; boundary=abc123');
  return boundary;
}

export function parseMultipart(body: Buffer, boundary: string): Part[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: Part[] = [];
  let position = body.indexOf(delimiter);
  if (position < 0) throw invalid(`request body: no multipart boundary "--${boundary}" found; check the boundary in Content-Type`);
  for (let guard = 0; guard < 10_000; guard++) {
    const afterDelimiter = position + delimiter.length;
    if (body.subarray(afterDelimiter, afterDelimiter + 2).toString() === '--') return parts;
    const lineEnd = body.indexOf('\n', afterDelimiter);
    const headerEnd = blankLine(body, lineEnd);
    if (lineEnd < 0 || headerEnd === undefined) throw invalid(`request body: multipart part ${parts.length + 1} has no header block ending in a blank line (CRLF CRLF)`);
    const next = nextDelimiter(body, delimiter, headerEnd.contentStart);
    if (next === undefined) throw invalid(`request body: multipart part ${parts.length + 1} is not closed by "--${boundary}"`);
    const headers: Record<string, string> = {};
    for (const line of body.subarray(lineEnd + 1, headerEnd.headersEnd).toString('utf8').split(/\r?\n/)) {
      const colon = line.indexOf(':');
      if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    parts.push({ headers, content: body.subarray(headerEnd.contentStart, next.contentEnd) });
    position = next.delimiterStart;
  }
  throw invalid('request body: too many multipart parts (over 10000)');
}

// RFC 2046 breaks lines with CRLF, but bodies written by hand or read from files with LF
// line endings (the ADL conformance suite's 1.0.3 attachment fixtures) use bare LF, so both are
// accepted: the header block ends at the first empty line, the content at the line break
// before the next delimiter.
function blankLine(body: Buffer, lineEnd: number): { headersEnd: number; contentStart: number } | undefined {
  if (lineEnd < 0) return undefined;
  // A part without headers: the blank line follows the delimiter line at once.
  if (body[lineEnd + 1] === 0x0a) return { headersEnd: lineEnd + 1, contentStart: lineEnd + 2 };
  if (body[lineEnd + 1] === 0x0d && body[lineEnd + 2] === 0x0a) return { headersEnd: lineEnd + 1, contentStart: lineEnd + 3 };
  for (let i = body.indexOf('\n', lineEnd + 1); i >= 0; i = body.indexOf('\n', i + 1)) {
    if (body[i + 1] === 0x0a) return { headersEnd: i, contentStart: i + 2 };
    if (body[i + 1] === 0x0d && body[i + 2] === 0x0a) return { headersEnd: i, contentStart: i + 3 };
  }
  return undefined;
}

function nextDelimiter(body: Buffer, delimiter: Buffer, from: number): { contentEnd: number; delimiterStart: number } | undefined {
  for (let at = body.indexOf(delimiter, from); at >= 0; at = body.indexOf(delimiter, at + 1)) {
    if (at >= from + 1 && body[at - 1] === 0x0a) {
      const crlf = at >= from + 2 && body[at - 2] === 0x0d;
      return { contentEnd: at - (crlf ? 2 : 1), delimiterStart: at };
    }
  }
  return undefined;
}

export function buildMultipart(parts: readonly Part[]): { contentType: string; body: Buffer } {
  const boundary = `lrs-stub-${randomBytes(12).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const head = Object.entries(part.headers).map(([k, v]) => `${k}: ${v}`).join('\r\n');
    chunks.push(Buffer.from(`--${boundary}\r\n${head}\r\n\r\n`), part.content, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { contentType: `multipart/mixed; boundary=${boundary}`, body: Buffer.concat(chunks) };
}
