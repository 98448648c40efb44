/**
 * multipart/mixed, the way xAPI sends statements with attachments: parsing a request into
 * parts (headers + raw bytes) and building a response. Small and strict on purpose: the parts
 * are binary, CRLF line breaks, no nested multiparts.
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
    const headerStart = body.indexOf('\r\n', afterDelimiter) + 2;
    const headerEnd = body.indexOf('\r\n\r\n', headerStart - 2);
    if (headerStart < 2 || headerEnd < 0) throw invalid(`request body: multipart part ${parts.length + 1} has no header block ending in a blank line (CRLF CRLF)`);
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headerEnd);
    if (next < 0) throw invalid(`request body: multipart part ${parts.length + 1} is not closed by "--${boundary}"`);
    const headers: Record<string, string> = {};
    for (const line of body.subarray(headerStart, headerEnd).toString('utf8').split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    parts.push({ headers, content: body.subarray(headerEnd + 4, next) });
    position = next + 2;
  }
  throw invalid('request body: too many multipart parts (over 10000)');
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
