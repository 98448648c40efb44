/**
 * The document rules shared by State, Activity Profile and Agent Profile: ETags (quoted SHA-1
 * of the content), If-Match / If-None-Match preconditions (412 when they fail), 409 for a PUT
 * without either header to an existing profile (1.0.3 and 2.0.0) or, in 2.0.0, to an existing
 * State document (2.0.0 extended concurrency control to State; 1.0.3 did not), 400 for a
 * profile PUT without either header that would create a document, JSON merge
 * on POST (top-level properties of two JSON objects; anything else is refused).
 */
import { createHash } from 'node:crypto';
import type { DocumentStore, StoredDocument } from '../store/store.ts';
import type { DocumentTarget } from './document-params.ts';
import type { XapiVersion } from './versions.ts';
import { XapiError, invalid } from './xapi-error.ts';

export interface Preconditions {
  ifMatch?: string;
  ifNoneMatch?: string;
}

export interface IncomingDocument {
  contentType: string;
  content: Buffer;
}

export function etagOf(content: Buffer): string {
  return `"${createHash('sha1').update(content).digest('hex')}"`;
}

function tags(header: string): string[] {
  return header.split(',').map((t) => t.trim().replace(/^W\//, ''));
}

function checkPreconditions(current: StoredDocument | undefined, pre: Preconditions): void {
  if (pre.ifMatch !== undefined) {
    const wanted = tags(pre.ifMatch);
    const ok = current !== undefined && (wanted.includes('*') || wanted.includes(current.etag));
    if (!ok) throw new XapiError('precondition-failed', current ? `If-Match ${pre.ifMatch} does not match the current ETag ${current.etag}; GET the document again and retry` : 'If-Match was given but the document does not exist');
  }
  if (pre.ifNoneMatch !== undefined && current !== undefined) {
    const wanted = tags(pre.ifNoneMatch);
    if (wanted.includes('*') || wanted.includes(current.etag)) throw new XapiError('precondition-failed', `If-None-Match ${pre.ifNoneMatch}: the document already exists (ETag ${current.etag})`);
  }
}

function isJson(contentType: string): boolean {
  return /^application\/json\b/i.test(contentType);
}

function parseObject(content: Buffer, what: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(content.toString('utf8'));
  } catch {
    throw invalid(`${what}: is not valid JSON; POST merges JSON objects, so send a JSON object or use PUT to replace the document`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw invalid(`${what}: is not a JSON object; POST merges JSON objects only, use PUT to replace the document`);
  return value as Record<string, unknown>;
}

function requireId(target: DocumentTarget): string {
  if (target.id === undefined) throw invalid(`query parameter ${target.idName}: is required to write a document`);
  return target.id;
}

export function documentRules(store: DocumentStore, now: () => string) {
  const save = (target: DocumentTarget, id: string, doc: IncomingDocument): StoredDocument => {
    const stored: StoredDocument = { id, contentType: doc.contentType, content: doc.content, etag: etagOf(doc.content), updated: now() };
    store.put(target.scope, stored);
    return stored;
  };
  return {
    get(target: DocumentTarget): StoredDocument {
      const doc = target.id === undefined ? undefined : store.get(target.scope, target.id);
      if (!doc) throw new XapiError('not-found', `no document with ${target.idName} ${JSON.stringify(target.id)} in this scope`);
      return doc;
    },
    ids(target: DocumentTarget): string[] {
      return store.ids(target.scope, target.since);
    },
    put(target: DocumentTarget, doc: IncomingDocument, pre: Preconditions, version: XapiVersion): StoredDocument {
      const id = requireId(target);
      const current = store.get(target.scope, id);
      checkPreconditions(current, pre);
      const guarded = target.scope.kind !== 'state' || version === '2.0.0';
      if (current && guarded && pre.ifMatch === undefined && pre.ifNoneMatch === undefined) {
        throw new XapiError('conflict', `the ${target.scope.kind} document ${JSON.stringify(id)} exists; send If-Match with its ETag (${current.etag}) to replace it, or If-None-Match: * to create only`);
      }
      // The ADL conformance suite's current revision expects a profile PUT without either
      // header to be refused even when no document exists yet (Agent Profile XAPI-00273,
      // Activity Profile XAPI-00287 "fails without ETag header"); a State PUT that creates a
      // document is accepted without one.
      if (!current && target.scope.kind !== 'state' && pre.ifMatch === undefined && pre.ifNoneMatch === undefined) {
        const resource = target.scope.kind === 'agent-profile' ? 'Agent Profile' : 'Activity Profile';
        throw invalid(`If-None-Match header: a PUT to the ${resource} resource needs If-None-Match: * to create ${JSON.stringify(id)} (or If-Match with the ETag to replace it)`);
      }
      return save(target, id, doc);
    },
    post(target: DocumentTarget, doc: IncomingDocument, pre: Preconditions): StoredDocument {
      const id = requireId(target);
      const current = store.get(target.scope, id);
      checkPreconditions(current, pre);
      if (!current) {
        if (isJson(doc.contentType)) parseObject(doc.content, 'request body');
        return save(target, id, doc);
      }
      if (!isJson(current.contentType) || !isJson(doc.contentType)) {
        throw invalid(`Content-Type: POST merges JSON documents; the stored document is ${current.contentType} and the new one ${doc.contentType}; use PUT to replace it`);
      }
      const merged = { ...parseObject(current.content, 'stored document'), ...parseObject(doc.content, 'request body') };
      return save(target, id, { contentType: 'application/json', content: Buffer.from(JSON.stringify(merged)) });
    },
    delete(target: DocumentTarget, pre: Preconditions): void {
      if (target.id === undefined) {
        if (target.scope.kind !== 'state') throw invalid(`query parameter ${target.idName}: is required to delete a profile document`);
        store.deleteAll(target.scope);
        return;
      }
      const current = store.get(target.scope, target.id);
      checkPreconditions(current, pre);
      store.delete(target.scope, target.id);
    },
  };
}

export type DocumentRules = ReturnType<typeof documentRules>;
