/**
 * The live-session load benchmark (`npm run bench -- --only live [--store postgres://…]`, and
 * `runLiveBench()`): a room of 200 phones and a facilitator, simulated on loopback against a
 * server in its own process (live-bench-server.ts) running the real course.
 *
 * Each decision: every phone votes once, at a random moment within two seconds (a room
 * voting), for a random answer; the facilitator reveals once all votes are in, then follows the
 * majority or moves on. Measured:
 * - vote to screen: from a phone sending its vote to the facilitator's console showing it
 *   (the budget: p95 under 200 ms);
 * - reveal to phones: from the facilitator's reveal to each phone showing the results.
 * Numbers only; no assertion.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { SESSION_PATH } from '../accounts/session-routes.ts';
import { LIVE_API, type ServerMessage } from '../live/live-protocol.ts';
import type { Answer } from '../live/session-schema.ts';
import type { ParticipantView } from '../live/session-views.ts';
import { BENCH_PASSWORD, BENCH_USER } from './live-bench-login.ts';

export interface LiveBenchOptions {
  participants?: number;
  /** Decisions to vote on (dialogue choices and quiz items), at most the module has. */
  decisions?: number;
  moduleId?: string;
  /** The live-session store: sqlite (default) or a postgres:// URL. */
  store?: string;
  /** Votes of a round spread over this long. */
  spreadMs?: number;
}

const SERVER = fileURLToPath(new URL('./live-bench-server.ts', import.meta.url));

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const summary = (values: number[]) => ({ samples: values.length, p50: round(percentile(values, 50)), p95: round(percentile(values, 95)), max: round(Math.max(0, ...values)) });
const round = (n: number) => Number(n.toFixed(1));

function startServer(dir: string, store: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER], { env: { ...process.env, LIVE_BENCH_DIR: dir, LIVE_BENCH_STORE: store }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const ready = out.match(/READY (\S+)/);
      if (ready) resolve({ url: ready[1]!, child });
    });
    child.once('exit', (code) => reject(new Error(`the live bench server stopped (exit ${code}) before it was ready: ${out}`)));
  });
}

interface Client {
  socket: WebSocket;
  latest?: ServerMessage;
  onMessage?: (message: ServerMessage) => void;
}

function connect(url: string, sessionId: string, hello: object, headers: Record<string, string> = {}): Promise<Client> {
  const socket = new WebSocket(`${url.replace(/^http/, 'ws')}${LIVE_API}/sessions/${sessionId}/socket`, { headers });
  const client: Client = { socket };
  socket.on('message', (data) => {
    const message = JSON.parse(data.toString()) as ServerMessage;
    if (message.type !== 'result') client.latest = message;
    client.onMessage?.(message);
  });
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.once('open', () => {
      socket.send(JSON.stringify(hello));
      resolve(client);
    });
  });
}

/** Resolves once `condition` holds, checked after every message and on a slow timer. */
async function until(condition: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`live bench: gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

function answerFor(view: ParticipantView): Answer | undefined {
  const content = view.content;
  const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)]!;
  if (content?.kind === 'dialogue' && content.choices.length > 0) return { kind: 'choice', choiceId: pick(content.choices).id };
  if (content?.kind !== 'quiz-item') return undefined;
  if (content.itemKind === 'true-false') return { kind: 'true-false', value: Math.random() < 0.5 };
  if (content.itemKind === 'single-choice') return { kind: 'option', optionId: pick(content.options).id };
  return { kind: 'options', optionIds: [pick(content.options).id] };
}

export async function runLiveBench(options: LiveBenchOptions = {}) {
  const participants = options.participants ?? 200;
  const decisions = options.decisions ?? 6;
  const spreadMs = options.spreadMs ?? 2000;
  const store = options.store ?? 'sqlite';
  const dir = mkdtempSync(join(tmpdir(), 'wm-live-bench-'));
  const { url, child } = await startServer(dir, store);
  const clients: Client[] = [];
  try {
    const login = await fetch(`${url}${SESSION_PATH}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: BENCH_USER, password: BENCH_PASSWORD }) });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const created = await fetch(`${url}${LIVE_API}/sessions`, { method: 'POST', headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken }, body: JSON.stringify({ moduleId: options.moduleId ?? 'feedback', locale: 'en' }) });
    if (created.status !== 201) throw new Error(`live bench: starting a session answered ${created.status}: ${await created.text()}`);
    const { view } = (await created.json()) as { view: { sessionId: string; joinCode: string } };
    const facilitator = await connect(url, view.sessionId, { type: 'hello', role: 'facilitator' }, { cookie });
    clients.push(facilitator);
    let ref = 0;
    const command = (body: object) => facilitator.socket.send(JSON.stringify({ type: 'command', ref: ++ref, command: body }));

    const joinStarted = performance.now();
    const phones: { client: Client; id: string }[] = [];
    for (let i = 0; i < participants; i += 1) {
      const joined = (await (await fetch(`${url}${LIVE_API}/join`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: view.joinCode, displayName: `Phone ${i + 1}` }) })).json()) as { participantId: string; token: string };
      const client = await connect(url, view.sessionId, { type: 'hello', role: 'participant', participantId: joined.participantId, token: joined.token });
      clients.push(client);
      phones.push({ client, id: joined.participantId });
    }
    const facilitatorView = () => (facilitator.latest?.type === 'facilitator-view' ? facilitator.latest.view : undefined);
    await until(() => facilitatorView()?.participants.length === participants, 'every phone on the console');
    const joinMs = performance.now() - joinStarted;

    const voteToScreen: number[] = [];
    const revealToPhones: number[] = [];
    command({ type: 'start' });
    let decided = 0;
    while (decided < decisions) {
      await until(() => facilitatorView()?.phase !== undefined && facilitatorView()!.phase !== 'waiting', 'the session to start');
      const phase = facilitatorView()!.phase;
      if (phase === 'finished') break;
      if (phase !== 'voting') {
        const revision = facilitatorView()!.revision;
        command(phase === 'revealed' && facilitatorView()!.content?.kind === 'dialogue' ? { type: 'follow' } : { type: 'next' });
        await until(() => facilitatorView()!.revision > revision, 'the next step');
        continue;
      }
      const revision = facilitatorView()!.revision;
      await until(() => phones.every((phone) => phone.client.latest?.type === 'participant-view' && phone.client.latest.view.phase === 'voting'), 'every phone to show the decision');
      // Vote to screen: the console's first view listing the vote.
      const sentAt = new Map<string, number>();
      const seen = new Set<string>();
      facilitator.onMessage = (message) => {
        if (message.type !== 'facilitator-view') return;
        const at = performance.now();
        for (const vote of message.view.votes) {
          if (seen.has(vote.participantId) || !sentAt.has(vote.participantId)) continue;
          seen.add(vote.participantId);
          voteToScreen.push(at - sentAt.get(vote.participantId)!);
        }
      };
      for (const phone of phones) {
        const latest = phone.client.latest as Extract<ServerMessage, { type: 'participant-view' }>;
        const answer = answerFor(latest.view);
        if (!answer) continue;
        setTimeout(() => {
          sentAt.set(phone.id, performance.now());
          phone.client.socket.send(JSON.stringify({ type: 'vote', ref: 1, answer }));
        }, Math.random() * spreadMs);
      }
      await until(() => seen.size === participants, `all ${participants} votes on the console (decision ${decided + 1})`);
      facilitator.onMessage = undefined;
      const revealAt = performance.now();
      const revealed = new Set<string>();
      for (const phone of phones) {
        phone.client.onMessage = (message) => {
          if (message.type === 'participant-view' && message.view.phase === 'revealed' && !revealed.has(phone.id)) {
            revealed.add(phone.id);
            revealToPhones.push(performance.now() - revealAt);
          }
        };
      }
      command({ type: 'reveal' });
      await until(() => revealed.size === participants, 'the results on every phone');
      for (const phone of phones) phone.client.onMessage = undefined;
      await until(() => facilitatorView()!.revision > revision, 'the reveal on the console');
      decided += 1;
    }
    return {
      store: store.startsWith('postgres') ? 'postgres' : 'sqlite',
      participants,
      decisions: decided,
      joinAllMs: round(joinMs),
      voteToScreenMs: summary(voteToScreen),
      revealToPhonesMs: summary(revealToPhones),
    };
  } finally {
    for (const client of clients) client.socket.terminate();
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dir, { recursive: true, force: true });
  }
}
