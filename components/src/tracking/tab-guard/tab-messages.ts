/**
 * The two notices tabs of one attempt send each other: "I record" (a tab that just became the
 * recording tab) and "I opened, I do not record" (a later tab). BroadcastChannel where the
 * browser has it; otherwise `storage` events, which every browser with localStorage fires in
 * the other tabs of the origin when a key changes. Without either, nothing is sent: the
 * notices make the learner's life clearer, the claim itself does not depend on them.
 */
import type { TabPage } from './tab-page.ts';

export interface TabMessage {
  type: 'recording' | 'opened';
  tab: string;
}

export interface TabMessages {
  post(message: TabMessage): void;
  close(): void;
}

const isMessage = (data: unknown): data is TabMessage =>
  typeof data === 'object' && data !== null && ((data as TabMessage).type === 'recording' || (data as TabMessage).type === 'opened') && typeof (data as TabMessage).tab === 'string';

/** Opens the notice channel for `key`; `receive` gets the messages of other tabs only. */
export function openTabMessages(page: TabPage, key: string, receive: (message: TabMessage) => void): TabMessages {
  const Channel = page.BroadcastChannel;
  if (Channel) {
    try {
      const channel = new Channel(key);
      channel.onmessage = (event: MessageEvent) => {
        if (isMessage(event.data)) receive(event.data);
      };
      return { post: (message) => channel.postMessage(message), close: () => channel.close() };
    } catch {
      // An opaque origin refuses channels; try storage.
    }
  }
  const storageKey = `${key}:message`;
  const onStorage = (event: Event): void => {
    const { key: changed, newValue } = event as StorageEvent;
    if (changed !== storageKey || !newValue) return;
    try {
      const data: unknown = JSON.parse(newValue);
      if (isMessage(data)) receive(data);
    } catch {
      // Not ours, or damaged: ignore.
    }
  };
  page.addEventListener('storage', onStorage);
  return {
    post: (message) => {
      try {
        // The nonce makes two equal messages in a row still a change, so both fire `storage`.
        page.localStorage.setItem(storageKey, JSON.stringify({ ...message, nonce: Math.random() }));
      } catch {
        // No storage: the other tabs will not hear of this one.
      }
    },
    close: () => page.removeEventListener('storage', onStorage),
  };
}
