import { expect, waitUntil } from '@open-wc/testing';
import { setUiLanguage } from '../../i18n/i18n.ts';
import { expectAccessible } from '../../test-support/axe.ts';
import { MemoryTracker } from '../../tracking/memory/memory-tracker.ts';
import { ACTIVITY_ELEMENTS, type ActivityElementLoaders, type ActivityType } from './activity-elements.ts';
import { button, heading as headingOf, mount as mountShell, root } from './test-driver.ts';
import type { WmCourse } from './wm-course.ts';

/** The real loaders, with every call noted and the reflection's chunk behind a switch the test controls. */
function loaders(reflection: () => Promise<unknown>): { elements: ActivityElementLoaders; calls: ActivityType[] } {
  const calls: ActivityType[] = [];
  const pick = (type: ActivityType) => (type === 'reflection' ? reflection : ACTIVITY_ELEMENTS[type]);
  const elements = Object.fromEntries(
    (Object.keys(ACTIVITY_ELEMENTS) as ActivityType[]).map((type) => [type, () => (calls.push(type), pick(type)())]),
  ) as unknown as ActivityElementLoaders;
  return { elements, calls };
}

async function mount(elements: ActivityElementLoaders, tracker = new MemoryTracker()): Promise<WmCourse> {
  return (await mountShell({ at: 'welcome/intro', elements, tracker })).el;
}

const heading = (el: WmCourse) => headingOf(el)!;
const offline = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: wm-reflection.js'));

describe('<wm-course> activity elements on demand', () => {
  beforeEach(() => {
    localStorage.clear();
    history.replaceState(null, '', location.pathname);
  });
  afterEach(async () => {
    document.querySelectorAll('wm-course').forEach((e) => e.remove());
    await setUiLanguage('en');
  });

  it("starts loading the next activity's element as soon as the current one is shown", async () => {
    const { elements, calls } = loaders(ACTIVITY_ELEMENTS.reflection);
    const el = await mount(elements);
    expect(heading(el).textContent).to.equal('Why mentoring matters');
    await waitUntil(() => calls.includes('reflection'), 'the next activity (a reflection) was not preloaded', { timeout: 5000 });
    expect(calls[0]).to.equal('page');
    expect(calls.filter((type) => type !== 'page'), 'only the next activity is fetched ahead').to.deep.equal(['reflection']);
  });

  it('keeps the current activity on screen until the next element is defined, then shows it with focus', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { elements } = loaders(() => gate.then(ACTIVITY_ELEMENTS.reflection));
    const el = await mount(elements);
    button(el, /^\s*Next\s*$/).click();
    await el.updateComplete;
    expect(heading(el).textContent).to.equal('Why mentoring matters');
    expect(root(el).querySelector('main')!.getAttribute('aria-busy')).to.equal('true');
    release();
    await waitUntil(() => heading(el).textContent === 'Your first apprentice', 'the reflection never showed', { timeout: 5000 });
    const reflection = root(el).querySelector('wm-reflection')!;
    expect(customElements.get('wm-reflection')).to.exist;
    expect(reflection.shadowRoot, 'the element was upgraded before it was rendered').to.exist;
    expect(root(el).activeElement).to.equal(heading(el));
    expect(root(el).querySelector('main')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('tells the learner when an activity cannot be loaded and lets them try again', async () => {
    let reachable = false;
    const { elements } = loaders(() => (reachable ? ACTIVITY_ELEMENTS.reflection() : offline()));
    const tracker = new MemoryTracker();
    const el = await mount(elements, tracker);
    button(el, /^\s*Next\s*$/).click();
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'no message when the element could not be loaded');
    expect(heading(el).textContent).to.equal('Your first apprentice');
    expect(root(el).activeElement).to.equal(heading(el));
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('could not be loaded').and.to.contain('try again');
    expect(root(el).querySelector('wm-reflection')).to.be.null;
    expect(tracker.events.some((e) => e.type === 'activity-experienced' && e.activityId === 'think'), 'an activity never shown was not experienced').to.be.false;
    // The learner can still move around the course.
    expect(button(el, /Previous/)).to.exist;
    await expectAccessible(el, 'activity failed to load');

    const retry = button(el, /Try again/);
    retry.focus();
    retry.click();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(root(el).querySelector('[role="alert"]'), 'still offline: the message stays').to.exist;
    expect(root(el).activeElement, 'focus stays on the retry button').to.equal(retry);

    reachable = true;
    button(el, /Try again/).click();
    await waitUntil(() => root(el).querySelector('wm-reflection'), 'the retry did not show the activity', { timeout: 5000 });
    expect(root(el).querySelector('[role="alert"]')).to.be.null;
    expect(root(el).activeElement).to.equal(heading(el));
    await waitUntil(() => tracker.events.some((e) => e.type === 'activity-experienced' && e.activityId === 'think'));
  });

  it('says so in the learner’s language', async () => {
    const { elements } = loaders(offline);
    const el = await mount(elements, new MemoryTracker({ language: 'nb' }));
    button(el, /Neste/).click();
    await waitUntil(() => root(el).querySelector('[role="alert"]'));
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('kunne ikke lastes inn');
    expect(button(el, /Prøv igjen/)).to.exist;
    await expectAccessible(el, 'activity failed to load, Norwegian');
  });
});
