/**
 * Registers, from the LRS automatically, every learner who passed the course: the follower
 * reads the statements stored since its cursor (by seq, the store's insertion order), and in
 * one register transaction per page adds an entry for each course pass (course-pass.ts) and
 * moves its cursor, so the cursor never runs ahead of, or behind, the entries it produced.
 * Catching up again reads nothing twice; reading something twice would change nothing anyway
 * (one entry per learner and course version).
 *
 * Voided statements are never read (the store leaves them out). A passing statement voided
 * after its learner was registered does not silently delete the certificate: the voiding is
 * seen, and unless the learner has another pass on record, the entry is revoked with the
 * reason "the passing statement was voided", which a coordinator sees and can act on.
 *
 * `scheduleCatchUp()` is what the app calls after statement writes: calls in the same turn of
 * the event loop coalesce into one catch-up (setImmediate), and a call during a catch-up
 * queues exactly one more.
 */
import type { StatementStore, StoredStatement } from '../store/store.ts';
import { coursePassOf, PASSED_VERB, VOIDED_VERB, voidedTargetOf } from './course-pass.ts';
import type { RegisterStore } from './register-store.ts';

export const VOIDED_REASON = 'the passing statement was voided';
export const FOLLOWER_ACTOR = 'register (automatic, from the LRS)';

export interface FollowerOptions {
  statements: StatementStore;
  register: RegisterStore;
  /** The course's activity ids (register-course.ts courseActivityIds). */
  courseIds: readonly string[];
  /** Statements do not say which course version was passed: this one is recorded. */
  courseVersion: string;
  /** For statements without context.language. */
  defaultLanguage: string;
  /** Runs after a catch-up that added entries (issues their credentials). */
  afterRegistering?: () => Promise<unknown>;
  /** Where a failed background catch-up is reported. Default: one JSON line on stderr. */
  onError?: (error: unknown) => void;
  /** Statements per register transaction. */
  pageSize?: number;
  now?: () => Date;
}

export interface CatchUpResult {
  registered: number;
  revoked: number;
  /** The cursor after the catch-up: the last seq read. */
  seq: number;
}

export interface RegisterFollower {
  catchUp(): Promise<CatchUpResult>;
  /** Coalesced: one catch-up soon, however often it is called in a turn. */
  scheduleCatchUp(): void;
  /** Resolves once no catch-up is scheduled or running. */
  idle(): Promise<void>;
  /** No catch-ups after this; resolves when the running one is done. */
  stop(): Promise<void>;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export function registerFollower(options: FollowerOptions): RegisterFollower {
  const { statements, register } = options;
  const courseIds = new Set(options.courseIds);
  const pageSize = options.pageSize ?? 500;
  const now = options.now ?? (() => new Date());
  const onError = options.onError ?? ((error: unknown) => console.error(JSON.stringify({ at: new Date().toISOString(), register: 'follower', error: String((error as Error)?.stack ?? error) })));

  /** Another course pass of the same actor still standing, if any. */
  function otherPass(agentKey: string, voided: string): string | undefined {
    const rows = statements.query({ keys: [{ kinds: ['agent'], value: agentKey }, { kinds: ['verb'], value: PASSED_VERB }], ascending: true, limit: 1000 });
    return rows.find((row) => row.id !== voided && coursePassOf(row.json, courseIds))?.id;
  }

  function applyPage(passes: StoredStatement[], voidings: StoredStatement[], through: number): { registered: number; revoked: number } {
    let registered = 0;
    let revoked = 0;
    register.transaction(() => {
      for (const row of passes) {
        const pass = coursePassOf(row.json, courseIds);
        if (!pass) continue;
        const result = register.add(
          {
            ...pass.learner,
            awardedOn: pass.passedOn,
            awardedAt: pass.passedAt,
            language: pass.language ?? options.defaultLanguage,
            // The version the learner passed, as the package said; the configured one for
            // statements without it (older packages, other tools).
            courseVersion: pass.courseVersion ?? options.courseVersion,
            source: 'lrs',
            sourceRef: pass.statementId,
            lrsAgent: pass.agentKey,
          },
          now(),
        );
        if (result.added) registered += 1;
      }
      for (const row of voidings) {
        const target = voidedTargetOf(row.json);
        const entry = target === undefined ? undefined : register.findBySourceRef(target);
        if (!entry || entry.source !== 'lrs' || entry.status === 'revoked' || target === undefined) continue;
        const replacement = entry.lrsAgent === null ? undefined : otherPass(entry.lrsAgent, target);
        if (replacement) register.setSourceRef(entry.code, replacement);
        else if (register.revoke(entry.code, { reason: `${VOIDED_REASON} (statement ${target})`, by: FOLLOWER_ACTOR, at: now() }).outcome === 'revoked') revoked += 1;
      }
      register.setFollowerSeq(through);
    });
    return { registered, revoked };
  }

  async function catchUpNow(): Promise<CatchUpResult> {
    const upTo = statements.lastSeq();
    let from = register.followerSeq();
    // A cursor past the end means the LRS database was replaced: read it all again (harmless).
    if (from > upTo) from = 0;
    const total = { registered: 0, revoked: 0 };
    while (from < upTo) {
      const range = { ascending: true, afterSeq: from, maxSeq: upTo };
      const passes = statements.query({ ...range, keys: [{ kinds: ['verb'], value: PASSED_VERB }], limit: pageSize });
      // A full page ends the window at its last pass; the voidings up to there go with it.
      const through = passes.length === pageSize ? passes[passes.length - 1]!.seq : upTo;
      const voidings = statements.query({ ...range, maxSeq: through, keys: [{ kinds: ['verb'], value: VOIDED_VERB }], limit: Number.MAX_SAFE_INTEGER });
      const page = applyPage(passes, voidings, through);
      total.registered += page.registered;
      total.revoked += page.revoked;
      from = through;
      // A long backlog (the first start on a big LRS) must not stall the requests meanwhile.
      if (from < upTo) await nextTurn();
    }
    if (total.registered > 0) await options.afterRegistering?.();
    return { ...total, seq: Math.max(from, register.followerSeq()) };
  }

  let tail: Promise<unknown> = Promise.resolve();
  let scheduled = false;
  let pending = 0;
  let stopped = false;

  let queued: Promise<CatchUpResult> | undefined;

  const catchUp = (): Promise<CatchUpResult> => {
    // A catch-up that has not started yet reads up to the newest statement when it does, so
    // it answers this call too.
    if (queued) return queued;
    pending += 1;
    const run = tail.then(() => {
      queued = undefined;
      return catchUpNow();
    });
    queued = run;
    tail = run.catch(() => undefined).finally(() => void (pending -= 1));
    return run;
  };

  return {
    catchUp,
    scheduleCatchUp() {
      if (scheduled || stopped) return;
      scheduled = true;
      pending += 1;
      setImmediate(() => {
        scheduled = false;
        pending -= 1;
        if (!stopped) catchUp().catch(onError);
      });
    },
    async idle() {
      while (pending > 0) await tail.then(nextTurn);
    },
    async stop() {
      stopped = true;
      await tail;
    },
  };
}
