/**
 * The phone's events: the join form reports a join, the phone screen (wm-live-phone) stores it
 * and connects. Bubbling and composed, so they leave every shadow root on the way up.
 */
import type { StoredJoin } from './joined-store.ts';

/** The server took the phone in: its participant id and rejoin token, with the code and name used. */
export class WmLiveJoinedEvent extends Event {
  static readonly type = 'wm-live-joined';
  readonly join: StoredJoin;
  constructor(join: StoredJoin) {
    super(WmLiveJoinedEvent.type, { bubbles: true, composed: true });
    this.join = join;
  }
}
