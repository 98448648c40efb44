/**
 * What the tracking notice says (see <wm-tracking-notice>), from the two things the shell
 * hears: the tab guard (which tab records this attempt) and the tracker's health. Where this tab
 * saves nothing, that comes first; then what went wrong with saving; then the good news.
 */
import type { TrackingHealth } from '../../tracking/tracker.ts';
import type { TrackingNoticeState } from '../wm-tracking-notice/wm-tracking-notice.ts';

/** What the tab guard last said, as the notice words it. */
export type TabNotice = 'none' | 'this-tab-records' | 'other-tab-records' | 'other-tab-closed';

export interface NoticeInputs {
  tab: TabNotice;
  health: TrackingHealth | undefined;
  /** The LMS answers again after it did not: what was kept here has been sent. */
  recovered: boolean;
}

export function noticeState({ tab, health, recovered }: NoticeInputs): TrackingNoticeState {
  if (tab === 'other-tab-records' || tab === 'other-tab-closed') return tab;
  if (health === 'refused') return 'refused';
  if (health === 'waiting') return 'saved-on-device';
  if (health === 'recording' && recovered) return 'sent';
  if (tab === 'this-tab-records') return tab;
  return 'recording';
}
