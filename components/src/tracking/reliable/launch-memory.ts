/**
 * What the last launch that reached the LMS said, kept in the browser per course and package:
 * the learner, the LMS's storage limit and language. When the LMS does not answer at the next
 * launch, the reliable tracker starts the learner from this (their progress kept on this
 * device, the limit their free text must fit) instead of from nothing, and keeps trying the LMS.
 * Read back by hand (storage is untrusted, and zod stays out of the player).
 *
 * Stored format, version 1: `<key>:last-launch` → `{"v":1,"learner":{"id":"…"},"storageLimit":4096,"language":"nl"}`
 * (the learner's id only: their name is not needed to keep their progress, so it is not kept).
 */
import type { LaunchInfo } from '../tracker.ts';

export type RememberedLaunch = Pick<LaunchInfo, 'learner' | 'storageLimit' | 'language'>;

export class LaunchMemory {
  private readonly storage: Storage;
  private readonly key: string;

  constructor(storage: Storage, key: string) {
    this.storage = storage;
    this.key = `${key}:last-launch`;
  }

  read(): RememberedLaunch | undefined {
    let data: Record<string, unknown>;
    try {
      data = JSON.parse(this.storage.getItem(this.key) ?? 'null') as Record<string, unknown>;
    } catch {
      return undefined;
    }
    const learner = data?.learner as Record<string, unknown> | undefined;
    if (data?.v !== 1 || typeof learner?.id !== 'string' || learner.id === '') return undefined;
    const remembered: RememberedLaunch = { learner: { id: learner.id } };
    if (typeof data.storageLimit === 'number' && data.storageLimit > 0) remembered.storageLimit = data.storageLimit;
    if (typeof data.language === 'string' && data.language !== '') remembered.language = data.language;
    return remembered;
  }

  write(launch: LaunchInfo): void {
    const { learner, storageLimit, language } = launch;
    try {
      this.storage.setItem(this.key, JSON.stringify({ v: 1, learner: { id: learner.id }, ...(storageLimit ? { storageLimit } : {}), ...(language ? { language } : {}) }));
    } catch {
      // A full or blocked storage: the next failed launch starts from the beginning, as before.
    }
  }
}
