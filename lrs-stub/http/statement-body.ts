/**
 * Decodes the body of PUT/POST /statements: application/json, or multipart/mixed whose first
 * part is the JSON statement(s) and whose other parts are attachments, each identified by its
 * X-Experience-API-Hash (checked against the SHA-256 of its bytes). JSON nested absurdly deep
 * is refused, and a big JSON batch is parsed in time slices (json-body.ts).
 */
import { createHash } from 'node:crypto';
import type { AttachmentPart } from '../xapi/statement-attachments.ts';
import { invalid } from '../xapi/xapi-error.ts';
import { checkJsonDepth, parseJsonInSlices } from './json-body.ts';
import { boundaryOf, parseMultipart } from './multipart.ts';
import { mediaType, type XapiCall } from './xapi-call.ts';

export interface StatementBody {
  body: unknown;
  parts: AttachmentPart[];
  multipart: boolean;
}

export function parseJsonBody(buffer: Buffer, where = 'request body'): unknown {
  if (buffer.length === 0) throw invalid(`${where}: is empty; send JSON`);
  checkJsonDepth(buffer, where);
  try {
    return JSON.parse(buffer.toString('utf8'));
  } catch (error) {
    throw invalid(`${where}: is not valid JSON (${(error as Error).message}); fix the syntax and resend`);
  }
}

/** parseJsonBody for a whole request body, which may be a batch of many megabytes. */
async function parseJsonBodyInSlices(buffer: Buffer): Promise<unknown> {
  if (buffer.length === 0) throw invalid('request body: is empty; send JSON');
  checkJsonDepth(buffer);
  try {
    return await parseJsonInSlices(buffer);
  } catch (error) {
    throw invalid(`request body: is not valid JSON (${(error as Error).message}); fix the syntax and resend`);
  }
}

export async function decodeStatementBody(call: XapiCall): Promise<StatementBody> {
  const contentType = call.headers['content-type'] ?? '';
  const type = mediaType(contentType);
  if (type === 'application/json') return { body: await parseJsonBodyInSlices(call.body), parts: [], multipart: false };
  if (type !== 'multipart/mixed') {
    throw invalid(`Content-Type: "${contentType || '(none)'}" is not accepted for statements; use application/json, or multipart/mixed for statements with attachments`);
  }
  const [first, ...rest] = parseMultipart(call.body, boundaryOf(contentType));
  if (!first || mediaType(first.headers['content-type']) !== 'application/json') {
    throw invalid('multipart part 1: must be the statement(s) with Content-Type application/json');
  }
  const parts = rest.map((part, index): AttachmentPart => {
    const where = `multipart part ${index + 2}`;
    const hash = part.headers['x-experience-api-hash'];
    if (!hash) throw invalid(`${where}: has no X-Experience-API-Hash header; give the SHA-2 of the attachment bytes`);
    const encoding = part.headers['content-transfer-encoding'];
    if (encoding !== undefined && encoding.toLowerCase() !== 'binary') throw invalid(`${where}: Content-Transfer-Encoding must be binary, not ${encoding}`);
    if (hash.length === 64 && createHash('sha256').update(part.content).digest('hex') !== hash.toLowerCase()) {
      throw invalid(`${where}: X-Experience-API-Hash ${hash} is not the SHA-256 of the part's bytes; recompute it over the exact bytes sent`);
    }
    return { sha2: hash.toLowerCase(), contentType: part.headers['content-type'] ?? 'application/octet-stream', content: Buffer.from(part.content) };
  });
  return { body: parseJsonBody(first.content, 'multipart part 1'), parts, multipart: true };
}
