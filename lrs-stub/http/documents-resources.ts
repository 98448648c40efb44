/**
 * The three document resources: State (/activities/state), Activity Profile
 * (/activities/profile) and Agent Profile (/agents/profile). With an id parameter they act on
 * one document (ETag, Last-Modified, preconditions); without it GET lists ids (since=) and
 * DELETE on State clears the scope.
 */
import type { DocumentKind } from '../store/store.ts';
import { parseDocumentParams } from '../xapi/document-params.ts';
import type { DocumentRules, Preconditions } from '../xapi/documents.ts';
import type { XapiCall, XapiReply } from './xapi-call.ts';
import type { XapiResource } from './xapi-router.ts';

function preconditions(call: XapiCall): Preconditions {
  const pre: Preconditions = {};
  if (call.headers['if-match'] !== undefined) pre.ifMatch = call.headers['if-match'];
  if (call.headers['if-none-match'] !== undefined) pre.ifNoneMatch = call.headers['if-none-match'];
  return pre;
}

function incoming(call: XapiCall) {
  return { contentType: call.headers['content-type'] ?? 'application/octet-stream', content: call.body };
}

function documentResource(path: string, kind: DocumentKind, rules: DocumentRules): XapiResource {
  const written = (etag: string): XapiReply => ({ status: 204, headers: { ETag: etag } });
  return {
    path,
    handlers: {
      GET(call) {
        const target = parseDocumentParams(kind, call.query);
        if (target.id === undefined) return { status: 200, body: rules.ids(target) };
        const doc = rules.get(target);
        return { status: 200, headers: { 'Content-Type': doc.contentType, ETag: doc.etag, 'Last-Modified': new Date(doc.updated).toUTCString() }, body: doc.content };
      },
      PUT(call) {
        return written(rules.put(parseDocumentParams(kind, call.query), incoming(call), preconditions(call), call.version).etag);
      },
      POST(call) {
        return written(rules.post(parseDocumentParams(kind, call.query), incoming(call), preconditions(call)).etag);
      },
      DELETE(call) {
        rules.delete(parseDocumentParams(kind, call.query), preconditions(call));
        return { status: 204 };
      },
    },
  };
}

export function documentResources(rules: DocumentRules): XapiResource[] {
  return [
    documentResource('/activities/state', 'state', rules),
    documentResource('/activities/profile', 'activity-profile', rules),
    documentResource('/agents/profile', 'agent-profile', rules),
  ];
}
