/**
 * The running side of live sessions in one server process: it applies commands to sessions
 * kept in the store and sends every screen attached here its own view of each new state.
 *
 * - A command is applied to the session as this process last saw it and stored with a
 *   compare-and-set on its revision. When another process wrote first, the store says no and
 *   the command is applied again to the session as stored now (a vote is never lost and never
 *   counted twice: the reducer replaces a participant's vote in a round).
 * - Commands to one session run one after another here, so only another process can win a race;
 *   those that queue up meanwhile are applied and stored together (see `command`).
 * - A change stored by another process arrives through the store's `onChange`; a screen here
 *   then gets the new view. A change made here is sent at once, without waiting for the store.
 * - A phone is sent a view only when its view changed (the others' votes change only the
 *   facilitator's screen and the projector until the reveal): with 200 phones that is what keeps
 *   a vote from costing 200 messages.
 */
import { randomUUID } from 'node:crypto';
import type { ModuleData } from '../../course/schema/course-data.ts';
import type { Locale } from '../../course/schema/ids.ts';
import { newJoinCode } from './join-code.ts';
import type { LiveCatalog } from './live-catalog.ts';
import type { ServerMessage } from './live-protocol.ts';
import type { CommandInput } from './session-commands.ts';
import { liveError, type LiveError } from './session-errors.ts';
import type { LiveEvent } from './session-events.ts';
import { apply, newSession } from './session-machine.ts';
import type { LiveSession, RecordAs } from './session-schema.ts';
import { facilitatorView, participantView, roomView } from './session-views.ts';
import type { LiveStore } from './store/live-store.ts';

export type Screen =
  | { role: 'participant'; participantId: string; send(message: ServerMessage): void }
  | { role: 'facilitator' | 'room'; send(message: ServerMessage): void };

/** What happened, for what follows a change (the xAPI statements): before, after and why. */
export interface Change {
  before: LiveSession;
  after: LiveSession;
  events: LiveEvent[];
  module: ModuleData;
}

export interface LiveHubOptions {
  store: LiveStore;
  catalog: LiveCatalog;
  now?: () => string;
  newId?: () => string;
  /** After every change stored by this process; its errors are logged, the command stands. */
  afterChange?: (change: Change) => Promise<void> | void;
  /** Where a failed `afterChange` is reported. Default: stderr. */
  log?: (line: string) => void;
}

export type Applied = { state: LiveSession; events: LiveEvent[] } | { error: LiveError };

interface Attached {
  screen: Screen;
  /** A phone's last view without its revision: the same again is not sent. */
  lastSent?: string;
}

interface Queued {
  command: CommandInput;
  resolve(applied: Applied): void;
  reject(error: unknown): void;
}

/** Compare-and-set attempts before a command gives up: only a storm of writers gets there. */
const ATTEMPTS = 8;
/** Fresh join codes drawn before giving up: with 86 million codes, only a broken store gets there. */
const CODE_DRAWS = 20;

export class LiveHub {
  private readonly cache = new Map<string, LiveSession>();
  private readonly screens = new Map<string, Set<Attached>>();
  private readonly pending = new Map<string, Queued[]>();
  private readonly draining = new Set<string>();
  private recording: Promise<void> = Promise.resolve();
  private readonly stopListening: () => void;
  private readonly now: () => string;
  private readonly newId: () => string;

  constructor(private readonly options: LiveHubOptions) {
    this.now = options.now ?? (() => new Date().toISOString());
    this.newId = options.newId ?? randomUUID;
    this.stopListening = options.store.onChange((change) => void this.heard(change.id, change.revision));
  }

  get store(): LiveStore {
    return this.options.store;
  }

  get catalog(): LiveCatalog {
    return this.options.catalog;
  }

  moduleOf(session: LiveSession): ModuleData {
    const module = this.options.catalog.module(session.moduleId, session.locale);
    if (!module) throw new Error(`live session ${session.id}: the course has no module ${session.moduleId} in ${session.locale} any more; end the session`);
    return module;
  }

  async create(options: { facilitator: string; moduleId: string; locale: Locale; recordAs: RecordAs }): Promise<{ state: LiveSession } | { error: LiveError }> {
    const module = this.options.catalog.module(options.moduleId, options.locale);
    if (!module) return liveError('step-not-in-module', `no module ${options.moduleId} in ${options.locale}`);
    for (let draw = 0; draw < CODE_DRAWS; draw += 1) {
      const made = newSession({ id: this.newId(), joinCode: newJoinCode(), facilitator: options.facilitator, module, locale: options.locale, recordAs: options.recordAs, now: this.now() });
      if ('error' in made) return made;
      if ((await this.options.store.create(made.state)) === 'created') return made;
    }
    throw new Error(`live sessions: ${CODE_DRAWS} fresh join codes in a row were taken; the live-session store is not answering as it should`);
  }

  /** The session as this process knows it, read from the store when it does not. */
  async session(id: string): Promise<LiveSession | undefined> {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const stored = await this.options.store.get(id);
    if (stored && this.screens.has(id)) this.cache.set(id, stored);
    return stored;
  }

  /**
   * Applies a command, stores the result, and sends the new views. Commands that arrive while
   * the session's last write is on its way are applied together and stored in one write, with
   * one view per screen (group commit): a room voting at once costs a few writes, not 200.
   */
  command(id: string, command: CommandInput): Promise<Applied> {
    return new Promise((resolve, reject) => {
      let pending = this.pending.get(id);
      if (!pending) this.pending.set(id, (pending = []));
      pending.push({ command, resolve, reject });
      // From the event loop's check phase: every message read in this turn (from all the phones
      // whose votes arrived together) joins the batch first.
      if (!this.draining.has(id)) {
        this.draining.add(id);
        setImmediate(() => void this.drain(id));
      }
    });
  }

  /** Sends the screen its current view, then every new one; returns how to detach it. */
  async attach(id: string, screen: Screen): Promise<() => void> {
    let attached = this.screens.get(id);
    if (!attached) this.screens.set(id, (attached = new Set()));
    const entry: Attached = { screen };
    attached.add(entry);
    const state = await this.session(id);
    if (state) this.sendTo(entry, state);
    return () => {
      attached.delete(entry);
      if (attached.size === 0 && this.screens.get(id) === attached) {
        this.screens.delete(id);
        this.cache.delete(id);
      }
    };
  }

  /** Screens attached here, for tests and the load benchmark. */
  attachedCount(id: string): number {
    return this.screens.get(id)?.size ?? 0;
  }

  /** Resolves once every change made so far is recorded (`afterChange` has run for it). */
  recorded(): Promise<void> {
    return this.recording;
  }

  close(): void {
    this.stopListening();
    this.screens.clear();
    this.cache.clear();
  }

  private async drain(id: string): Promise<void> {
    try {
      for (let batch = this.pending.get(id); batch && batch.length > 0; batch = this.pending.get(id)) {
        this.pending.delete(id);
        try {
          const outcomes = await this.applyAndStore(id, batch.map((entry) => entry.command));
          batch.forEach((entry, index) => entry.resolve(outcomes[index]!));
        } catch (error) {
          for (const entry of batch) entry.reject(error);
        }
      }
    } finally {
      this.draining.delete(id);
    }
  }

  /** Applies the commands in order and stores the outcome in one compare-and-set. */
  private async applyAndStore(id: string, commands: CommandInput[]): Promise<Applied[]> {
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
      const before = attempt === 0 ? await this.session(id) : await this.options.store.get(id);
      if (!before) return commands.map(() => liveError('no-session', id));
      const module = this.moduleOf(before);
      const context = { now: this.now, newId: this.newId, module };
      const outcomes: Applied[] = [];
      const changes: Change[] = [];
      let state = before;
      for (const command of commands) {
        const applied = apply(state, command, context);
        outcomes.push(applied);
        if ('error' in applied || applied.state === state) continue;
        changes.push({ before: state, after: applied.state, events: applied.events, module });
        state = applied.state;
      }
      if (state === before) return outcomes;
      if (await this.options.store.update(state, before.revision)) {
        this.adopt(state);
        // Recorded in order but off the command path: writing a room's 200 statements at a
        // reveal must not hold up the votes and moves that come next.
        for (const change of changes) this.recording = this.recording.then(() => this.follow(change));
        return outcomes;
      }
      this.cache.delete(id);
    }
    throw new Error(`live session ${id}: ${ATTEMPTS} writes in a row lost to other server processes; try again`);
  }

  private async follow(change: Change): Promise<void> {
    if (!this.options.afterChange) return;
    try {
      await this.options.afterChange(change);
    } catch (error) {
      (this.options.log ?? ((line) => console.error(line)))(`live session ${change.after.id}: recording revision ${change.after.revision} failed: ${(error as Error).message}`);
    }
  }

  /** Another process (or this one) stored `revision`: read it when a screen here shows an older one. */
  private async heard(id: string, revision: number): Promise<void> {
    if (!this.screens.has(id) || (this.cache.get(id)?.revision ?? -1) >= revision) return;
    const stored = await this.options.store.get(id);
    if (stored) this.adopt(stored);
  }

  private adopt(state: LiveSession): void {
    const cached = this.cache.get(state.id);
    if (cached && cached.revision >= state.revision) return;
    if (!this.screens.has(state.id)) return;
    this.cache.set(state.id, state);
    for (const entry of this.screens.get(state.id) ?? []) this.sendTo(entry, state);
  }

  private sendTo(entry: Attached, state: LiveSession): void {
    const { screen } = entry;
    const module = this.moduleOf(state);
    if (screen.role !== 'participant') {
      return screen.send(screen.role === 'facilitator' ? { type: 'facilitator-view', view: facilitatorView(state, module) } : { type: 'room-view', view: roomView(state, module) });
    }
    const view = participantView(state, screen.participantId, module);
    if (!view) return screen.send({ type: 'refused', code: 'rejoin-refused', message: 'You are no longer in this session; join again.' });
    const { revision: _revision, ...content } = view;
    const key = JSON.stringify(content);
    if (key === entry.lastSent) return;
    entry.lastSent = key;
    screen.send({ type: 'participant-view', view });
  }
}
