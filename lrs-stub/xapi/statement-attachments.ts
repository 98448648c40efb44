/**
 * Matches the attachments a statement declares with the parts of a multipart/mixed request:
 * every attachment without a fileUrl must arrive as a part whose X-Experience-API-Hash is its
 * sha2, every part must belong to a declared attachment, and signature attachments must hold
 * a valid JWS of their statement.
 */
import type { Statement } from './statement-schema.ts';
import { SIGNATURE_USAGE, checkSignature } from './statement-signature.ts';
import { invalid } from './xapi-error.ts';

export interface AttachmentPart {
  sha2: string;
  contentType: string;
  content: Buffer;
}

export function checkAttachments(statements: readonly Statement[], parts: readonly AttachmentPart[], multipart: boolean, root: (index: number) => string): AttachmentPart[] {
  const bySha = new Map(parts.map((p) => [p.sha2.toLowerCase(), p]));
  const used = new Set<string>();
  statements.forEach((statement, index) => {
    (statement.attachments ?? []).forEach((attachment, a) => {
      const where = `${root(index)}.attachments[${a}]`;
      const sha = attachment.sha2.toLowerCase();
      const part = bySha.get(sha);
      if (attachment.usageType === SIGNATURE_USAGE) {
        if (attachment.contentType !== 'application/octet-stream') throw invalid(`${where}.contentType: a signature attachment must be "application/octet-stream"`);
        if (!part) throw invalid(`${where}: the signature must be sent as a multipart/mixed part with X-Experience-API-Hash ${attachment.sha2}`);
        checkSignature(statement, part.content, where);
      }
      if (part) {
        used.add(sha);
        return;
      }
      if (attachment.fileUrl !== undefined) return;
      throw invalid(
        multipart
          ? `${where}: no multipart part has X-Experience-API-Hash ${attachment.sha2}; send the attachment's content as a part, or give a fileUrl`
          : `${where}: has no fileUrl, so its content must be sent: use Content-Type multipart/mixed with the statement(s) first and one part per attachment`,
      );
    });
  });
  for (const part of parts) {
    if (!used.has(part.sha2.toLowerCase())) throw invalid(`multipart part with X-Experience-API-Hash ${part.sha2}: matches no attachment of the statements; declare it in statement.attachments or leave it out`);
  }
  return [...bySha.values()].filter((p) => used.has(p.sha2.toLowerCase()));
}
