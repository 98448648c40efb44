import { expect, waitUntil } from '@open-wc/testing';
import { encodeResume } from '../../runtime/resume/resume-codec.ts';
import { expectAccessible } from '../../test-support/axe.ts';
import { MemoryTracker } from '../../tracking/memory/memory-tracker.ts';
import type { TabGuard, TabGuardChange } from '../../tracking/tab-guard/tab-guard.ts';
import type { LaunchInfo, TrackerUpdate } from '../../tracking/tracker.ts';
import { SOURCE_MESSAGES } from '../../../../locales/index.ts';
import { shellConfig, shellCourse } from './test-data.ts';
import './wm-course.ts';
import type { WmCourse } from './wm-course.ts';

/** A memory tracker that can speak through `watch`, as the reliable tracker does. */
class TalkingTracker extends MemoryTracker {
  private listener: ((update: TrackerUpdate) => void) | undefined;
  watch(listener: (update: TrackerUpdate) => void): () => void {
    this.listener = listener;
    return () => (this.listener = undefined);
  }
  say(update: TrackerUpdate): void {
    this.listener?.(update);
  }
}

/** A tab guard in a given role whose changes the test sends. */
function guard(role: TabGuard['role']): TabGuard & { send(change: TabGuardChange): void } {
  let listener: ((change: TabGuardChange) => void) | undefined;
  return {
    role,
    method: 'web-locks',
    onChange: (l) => ((listener = l), () => (listener = undefined)),
    release: () => undefined,
    send: (change) => listener?.(change),
  };
}

async function mount(tracker: MemoryTracker, tabGuard?: TabGuard): Promise<WmCourse> {
  history.replaceState(null, '', '#/welcome/intro');
  const el = document.createElement('wm-course');
  el.tracker = tracker;
  el.config = shellConfig;
  el.loadContent = async (locale) => shellCourse(locale);
  if (tabGuard) el.tabGuard = tabGuard;
  document.body.append(el);
  await waitUntil(() => el.shadowRoot?.querySelector('h2.activity-title'), 'the first activity never showed', { timeout: 5000 });
  return el;
}

const t = SOURCE_MESSAGES.tracking;
const notice = (el: WmCourse) => el.shadowRoot!.querySelector('wm-tracking-notice')!;
const noticeText = (el: WmCourse) => notice(el).shadowRoot?.textContent ?? '';

describe('<wm-course> and tracking', () => {
  beforeEach(() => {
    localStorage.clear();
    history.replaceState(null, '', location.pathname);
  });
  afterEach(() => document.querySelectorAll('wm-course').forEach((e) => e.remove()));

  it('tells the learner calmly when the LMS is not answering, and when what was kept has been sent', async () => {
    const tracker = new TalkingTracker();
    const el = await mount(tracker);
    expect(notice(el).state).to.equal('recording');
    tracker.say({ type: 'health', health: 'waiting' });
    await waitUntil(() => noticeText(el).includes(t.savedOnDevice));
    await expectAccessible(el, 'saved on this device');
    tracker.say({ type: 'health', health: 'recording' });
    await waitUntil(() => noticeText(el).includes(t.sent));
  });

  it('says when the LMS refused data for good', async () => {
    const tracker = new TalkingTracker();
    const el = await mount(tracker);
    tracker.say({ type: 'health', health: 'refused' });
    await waitUntil(() => noticeText(el).includes(t.refused));
  });

  it('in a second tab of the attempt: says which tab records, and records nothing here', async () => {
    const tracker = new MemoryTracker({ mode: 'review' });
    const el = await mount(tracker, guard('other-tab-records'));
    await waitUntil(() => noticeText(el).includes(t.otherTabRecords));
    expect(tracker.events).to.deep.equal([]);
    await expectAccessible(el, 'other tab records');
  });

  it('in the recording tab: says it keeps recording when another tab opens, and stops when another took over', async () => {
    const tracker = new MemoryTracker();
    const tabs = guard('recording');
    const el = await mount(tracker, tabs);
    tabs.send({ type: 'other-tab-opened' });
    await waitUntil(() => noticeText(el).includes(t.thisTabRecords));
    await waitUntil(() => tracker.states.length > 0);
    tabs.send({ type: 'recording-taken' });
    await waitUntil(() => noticeText(el).includes(t.otherTabRecords));
    const saved = tracker.states.length;
    const events = tracker.events.length;
    (el.shadowRoot!.querySelector('button.next') as HTMLButtonElement).click();
    await waitUntil(() => el.shadowRoot!.querySelector('h2.activity-title')!.textContent === 'Your first apprentice', 'next activity', { timeout: 5000 });
    expect(tracker.states.length).to.equal(saved);
    expect(tracker.events.length).to.equal(events);
  });

  it('merges what the LMS holds with what was done meanwhile when it answers after a missed launch, and saves the merge', async () => {
    const tracker = new TalkingTracker();
    const el = await mount(tracker);
    // Meanwhile the learner reads the page to its end here.
    el.shadowRoot!.querySelector('wm-page')!.shadowRoot!.querySelector('.end')!.scrollIntoView();
    await waitUntil(() => tracker.events.some((e) => e.type === 'activity-completed'), 'the page was never read');
    await waitUntil(() => tracker.states.length > 0);
    const course = shellCourse('en');
    // The LMS, once it answers, holds progress from another session: the reflection is done there.
    const fromLms = encodeResume(course, {
      activities: { 'welcome/think': { status: 'completed', detail: { type: 'reflection', answers: { remember: 'My aunt, at the bakery.' }, submitted: true } } },
    });
    const launch: LaunchInfo = { learner: { id: 'ann' }, mode: 'normal', entry: 'resume', state: fromLms };
    const before = tracker.states.length;
    tracker.say({ type: 'relaunched', launch, merge: true });
    await waitUntil(() => tracker.states.length > before, 'the merge was never saved');
    const toc = el.shadowRoot!.querySelector('nav')!.textContent!;
    expect(toc).to.contain('Why mentoring matters (Completed)').and.to.contain('Your first apprentice (Completed)');
    expect(tracker.eventsOf('course-status').length).to.be.greaterThan(1);
    // Both sides' work is in the state the LMS gets now.
    expect(tracker.states.at(-1)).to.include('My aunt, at the bakery.');
  });
});
