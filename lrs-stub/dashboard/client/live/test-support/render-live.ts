/**
 * Renders the live screens for element tests: a phone with its own storage, fetch and socket
 * fakes, or the projector with a fake connection; and what a test reads off them.
 */
import { fixture, html } from '@open-wc/testing';
import type { ParticipantView } from '../../../../live/session-views.ts';
import { MockApi } from '../../test-support/mock-api.ts';
import { JoinedStore, type StoredJoin } from '../phone/joined-store.ts';
import '../phone/wm-live-phone/wm-live-phone.ts';
import type { WmLivePhone } from '../phone/wm-live-phone/wm-live-phone.ts';
import { connector, type FakeLiveConnection } from './fake-live-connection.ts';
import { SESSION_ID } from './live-view-fixtures.ts';
import { MemoryStorage } from './memory-storage.ts';

export const ANN: StoredJoin = { sessionId: SESSION_ID, participantId: 'p-ann', token: 'token-ann-0123456789', code: 'KMP-7RX', displayName: 'Ann' };

export interface PhoneUnderTest {
  el: WmLivePhone;
  api: MockApi;
  storage: MemoryStorage;
  store: JoinedStore;
  opened: FakeLiveConnection[];
  /** The connection opened last. */
  readonly connection: FakeLiveConnection;
}

export async function renderPhone(options: { code?: string; joined?: StoredJoin; api?: MockApi } = {}): Promise<PhoneUnderTest> {
  const storage = new MemoryStorage();
  const store = new JoinedStore(storage);
  if (options.joined) store.save(options.joined);
  const api = options.api ?? new MockApi();
  const { connect, opened } = connector();
  const el = await fixture<WmLivePhone>(html`<wm-live-phone .code=${options.code ?? ''} .store=${store} .fetch=${api.fetch} .connect=${connect}></wm-live-phone>`);
  return {
    el,
    api,
    storage,
    store,
    opened,
    get connection() {
      const last = opened.at(-1);
      if (!last) throw new Error('the phone opened no connection');
      return last;
    },
  };
}

/** A phone already in the session, showing `view`. */
export async function phoneShowing(view: ParticipantView): Promise<PhoneUnderTest & { connection: FakeLiveConnection }> {
  const phone = await renderPhone({ joined: ANN });
  phone.connection.emitParticipant(view);
  await phone.el.updateComplete;
  await settle(phone.el);
  return phone;
}

/** Waits until the element and every element in its shadow tree has rendered. */
export async function settle(root: Element): Promise<void> {
  const pending: Promise<unknown>[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const child of node.querySelectorAll('*')) {
      const update = (child as Element & { updateComplete?: Promise<unknown> }).updateComplete;
      if (update) pending.push(update);
      if (child.shadowRoot) walk(child.shadowRoot);
    }
  };
  const own = (root as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  if (own) await own;
  if (root.shadowRoot) walk(root.shadowRoot);
  await Promise.all(pending);
}

/** The first element matching `selector` anywhere under `root`, through shadow roots. */
export function deepQuery<T extends Element = HTMLElement>(root: Element | ShadowRoot, selector: string): T | undefined {
  return deepQueryAll<T>(root, selector)[0];
}

export function deepQueryAll<T extends Element = HTMLElement>(root: Element | ShadowRoot, selector: string): T[] {
  const found: T[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const child of node.querySelectorAll('*')) {
      if (child.matches(selector)) found.push(child as T);
      if (child.shadowRoot) walk(child.shadowRoot);
    }
  };
  walk(root instanceof Element && root.shadowRoot ? root.shadowRoot : root);
  return found;
}

/** Text with white space collapsed. */
export const said = (node: Node | undefined | null): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The element that has focus, through shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
