/**
 * The Statement resource (/statements): PUT one statement by id (204), POST one or a batch
 * (200 with the ids), GET one or a StatementResult (JSON, or multipart/mixed with the
 * attachments when attachments=true). Every response, errors included, carries
 * X-Experience-API-Consistent-Through: max(now, last stored), or the oldest statement still
 * waiting for its commit (see StatementWriter.consistentThrough).
 */
import { createHash } from 'node:crypto';
import type { StatementStore } from '../store/store.ts';
import { preferredLanguages } from '../xapi/statement-format.ts';
import { parseStatementQuery } from '../xapi/statement-query.ts';
import type { StatementReader } from '../xapi/statement-reader.ts';
import type { StatementWriter } from '../xapi/statement-writer.ts';
import { invalid } from '../xapi/xapi-error.ts';
import { buildMultipart, type Part } from './multipart.ts';
import { decodeStatementBody } from './statement-body.ts';
import type { XapiCall, XapiReply } from './xapi-call.ts';
import type { XapiResource } from './xapi-router.ts';

export interface StatementsDeps {
  writer: StatementWriter;
  reader: StatementReader;
  statements: StatementStore;
}

export function statementsResource(deps: StatementsDeps): XapiResource {
  const consistentThrough = () => ({ 'X-Experience-API-Consistent-Through': deps.writer.consistentThrough() });
  const write = async (call: XapiCall, statementId?: string) => {
    const { body, parts, multipart } = await decodeStatementBody(call);
    const request = { body, parts, multipart, version: call.version, authority: call.credential.authority };
    return deps.writer.write(statementId === undefined ? request : { ...request, statementId });
  };
  return {
    path: '/statements',
    headers: consistentThrough,
    handlers: {
      async PUT(call): Promise<XapiReply> {
        const { statementId, ...rest } = call.query;
        if (typeof statementId !== 'string') throw invalid('query parameter statementId: is required for PUT; give the statement\'s UUID, or use POST to let the LRS assign one');
        const extra = Object.keys(rest);
        if (extra.length > 0) throw invalid(`query parameter(s) ${extra.join(', ')}: not allowed on PUT /statements (only statementId)`);
        await write(call, statementId);
        return { status: 204, headers: consistentThrough() };
      },
      async POST(call): Promise<XapiReply> {
        const extra = Object.keys(call.query);
        if (extra.length > 0) throw invalid(`query parameter(s) ${extra.join(', ')}: not allowed on POST /statements`);
        const ids = await write(call);
        return { status: 200, headers: consistentThrough(), body: ids };
      },
      GET(call): XapiReply {
        const query = parseStatementQuery(call.query);
        // Taken before the read, so it promises nothing the read could have missed.
        const consistent = consistentThrough();
        const result = deps.reader.read(query, preferredLanguages(call.headers['accept-language']));
        const json = Buffer.from(JSON.stringify(result.body));
        const headers: Record<string, string> = { ...consistent, ETag: `"${createHash('sha1').update(json).digest('hex')}"` };
        if (result.lastModified !== undefined) headers['Last-Modified'] = new Date(result.lastModified).toUTCString();
        // The page size applied, so a client whose limit was clamped to LRS_MAX_LIMIT can tell (it pages on with `more`).
        if (result.limit !== undefined) headers['X-LRS-Limit'] = String(result.limit);
        // Exactly application/json, no charset parameter: JSON is UTF-8 by definition (RFC 8259)
        // and the conformance suite compares the header as a string (XAPI-00161).
        if (!query.attachments) return { status: 200, headers: { ...headers, 'Content-Type': 'application/json' }, body: json };
        const parts: Part[] = [{ headers: { 'Content-Type': 'application/json' }, content: json }];
        for (const sha2 of result.attachmentShas) {
          const attachment = deps.statements.attachment(sha2);
          if (attachment) parts.push({ headers: { 'Content-Type': attachment.contentType, 'Content-Transfer-Encoding': 'binary', 'X-Experience-API-Hash': attachment.sha2 }, content: attachment.content });
        }
        const multipart = buildMultipart(parts);
        return { status: 200, headers: { ...headers, 'Content-Type': multipart.contentType }, body: multipart.body };
      },
    },
  };
}
