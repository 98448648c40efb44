/**
 * A learner's data on request (GDPR articles 15, 20 and 17): everything the LRS keeps about
 * one person, exported as one JSON document, and erased everywhere it lives: the statements
 * and documents in the LRS store, and whatever the services reading them derived (analytics
 * facts, register entries), each of which registers an eraser.
 *
 * A person is an IFI key (lrs-stub/xapi/agent-ifi.ts): `mbox|mailto:…`, `account|home|name`.
 * Erasure runs when no transaction is open, in one store transaction, so a statement batch
 * being written is either erased with the rest or arrives after (and is then the learner's
 * new data, as any statement sent after an erasure would be).
 */
import type { LrsStore, StoredStatement } from '../store/store.ts';

const PAGE = 1000;

export interface LearnerExport {
  /** What the file is, for whoever opens it later. */
  about: string;
  exportedAt: string;
  person: string;
  statements: unknown[];
  documents: { kind: string; activityId: string; registration: string; id: string; contentType: string; updated: string; content: unknown }[];
  /** What each service derived, by service name. */
  derived: Record<string, unknown>;
}

export interface DerivedData {
  /** A name for the export ("register", "analytics"). */
  name: string;
  export(ifi: string): unknown;
  /** Deletes what the service keeps about the person; returns how many rows went. */
  erase(ifi: string): number;
}

export interface ErasureReport {
  person: string;
  statements: number;
  documents: number;
  derived: Record<string, number>;
}

/** Every statement the person is an agent or related agent of, oldest first. */
export function statementsOf(store: LrsStore, ifi: string): StoredStatement[] {
  const found: StoredStatement[] = [];
  let afterSeq: number | undefined;
  for (;;) {
    const page = store.statements.query({ keys: [{ kinds: ['agent', 'related-agent'], value: ifi }], ascending: true, limit: PAGE, ...(afterSeq === undefined ? {} : { afterSeq }) });
    found.push(...page);
    if (page.length < PAGE) return found;
    afterSeq = page[page.length - 1]!.seq;
  }
}

const asJsonOrText = (contentType: string, content: Buffer): unknown => {
  const text = content.toString('utf8');
  if (!/json/i.test(contentType)) return /^(text\/|application\/(xml|x-www-form-urlencoded))/i.test(contentType) ? text : content.toString('base64');
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

export function exportLearner(store: LrsStore, ifi: string, derived: readonly DerivedData[], now = new Date()): LearnerExport {
  return {
    about: 'Everything this learning record store keeps about one person: their xAPI statements, their saved documents (resume state, profiles) and what the dashboard and register derived from them.',
    exportedAt: now.toISOString(),
    person: ifi,
    statements: statementsOf(store, ifi).map((s) => JSON.parse(s.json) as unknown),
    documents: store.documents.ofAgent(ifi).map(({ scope, document }) => ({
      kind: scope.kind,
      activityId: scope.activityId,
      registration: scope.registration,
      id: document.id,
      contentType: document.contentType,
      updated: document.updated,
      content: asJsonOrText(document.contentType, document.content),
    })),
    derived: Object.fromEntries(derived.map((d) => [d.name, d.export(ifi)])),
  };
}

export async function eraseLearner(store: LrsStore, ifi: string, derived: readonly DerivedData[]): Promise<ErasureReport> {
  await store.idle();
  const { statements, documents } = store.transaction(() => ({ statements: store.statements.eraseAgent(ifi), documents: store.documents.eraseAgent(ifi) }));
  await store.sync();
  // The services' own files: after the store, so a failure here leaves nothing they could rebuild the person from.
  const erasedDerived = Object.fromEntries(derived.map((d) => [d.name, d.erase(ifi)]));
  return { person: ifi, statements, documents, derived: erasedDerived };
}
