/** Builds multipart/mixed statement requests for tests: the JSON part, then attachment parts. */
import { createHash } from 'node:crypto';

export interface TestAttachment {
  content: Buffer;
  contentType: string;
  /** Override the hash header (to test mismatches); default: SHA-256 of content. */
  hash?: string;
}

export function sha256(content: Buffer | string): string {
  return createHash('sha256').update(content).digest('hex');
}

export function multipartBody(statements: unknown, attachments: readonly TestAttachment[], boundary = 'test-boundary-7d1f'): { body: Buffer; contentType: string } {
  const chunks: Buffer[] = [
    Buffer.from(`--${boundary}\r\nContent-Type: application/json\r\n\r\n${JSON.stringify(statements)}\r\n`),
  ];
  for (const a of attachments) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Type: ${a.contentType}\r\nContent-Transfer-Encoding: binary\r\nX-Experience-API-Hash: ${a.hash ?? sha256(a.content)}\r\n\r\n`), a.content, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/mixed; boundary=${boundary}` };
}
