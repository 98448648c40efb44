import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { Locale } from '../../../../course/schema/ids.ts';
import { setUiLanguage } from '../../i18n/i18n.ts';
import { expectAccessible } from '../../test-support/axe.ts';
import { MemoryTracker } from '../../tracking/memory/memory-tracker.ts';
import { shellConfig, shellCourse } from './test-data.ts';
import './wm-course.ts';
import type { WmCourse } from './wm-course.ts';

async function mount(tracker = new MemoryTracker()): Promise<{ el: WmCourse; tracker: MemoryTracker; loaded: Locale[] }> {
  const loaded: Locale[] = [];
  const el = document.createElement('wm-course');
  el.tracker = tracker;
  el.config = shellConfig;
  el.loadContent = async (locale) => {
    loaded.push(locale);
    return shellCourse(locale);
  };
  document.body.append(el);
  await waitUntil(() => el.shadowRoot?.querySelector('h2.activity-title'), 'the first activity never showed', { timeout: 5000 });
  return { el, tracker, loaded };
}

// Activity elements are fetched on demand; on a busy machine the test server can take a while.
const ELEMENT_LOAD = { timeout: 5000 };
const root = (el: WmCourse) => el.shadowRoot!;
const heading = (el: WmCourse) => root(el).querySelector('h2.activity-title')!;
const button = (el: WmCourse, name: RegExp) => [...root(el).querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''))!;

describe('<wm-course>', () => {
  beforeEach(() => {
    localStorage.clear();
    history.replaceState(null, '', location.pathname);
  });
  afterEach(async () => {
    document.querySelectorAll('wm-course').forEach((e) => e.remove());
    fixtureCleanup();
    await setUiLanguage('en');
    await setViewport({ width: 800, height: 600 });
  });

  it('opens at the first activity, marks a page read, and reports launch and progress', async () => {
    const { el, tracker } = await mount();
    expect(heading(el).textContent).to.equal('Why mentoring matters');
    expect(root(el).querySelector('wm-page')).to.exist;
    await waitUntil(() => tracker.states.length > 0);
    const types = tracker.events.map((e) => e.type);
    expect(types).to.include.members(['launched', 'activity-experienced', 'activity-completed', 'course-status']);
    const current = root(el).querySelector('nav a[aria-current="page"]')!;
    expect(current.textContent).to.contain('Why mentoring matters').and.to.contain('(Completed)');
    expect(root(el).querySelector('#progress-text')!.textContent).to.equal('50% complete');
    await expectAccessible(el, 'first page');
  });

  it('moves to the next activity with the Next button and puts focus on its heading', async () => {
    const { el } = await mount();
    button(el, /^\s*Next\s*$/).click();
    await waitUntil(() => heading(el).textContent === 'Your first apprentice', 'the activity never showed', ELEMENT_LOAD);
    expect(root(el).activeElement).to.equal(heading(el));
    expect(location.hash).to.equal('#/welcome/think');
    expect(root(el).querySelector('wm-reflection')).to.exist;
    await expectAccessible(el, 'reflection');
  });

  it('has a skip link as the first tab stop that jumps to the activity heading', async () => {
    const { el } = await mount();
    el.focus();
    await sendKeys({ press: 'Tab' });
    const skip = root(el).activeElement as HTMLElement;
    expect(skip.classList.contains('skip-link')).to.be.true;
    await sendKeys({ press: 'Enter' });
    expect(root(el).activeElement).to.equal(heading(el));
  });

  it('resumes a returning learner where they left off, with a welcome back notice', async () => {
    const first = await mount();
    button(first.el, /^\s*Next\s*$/).click();
    await waitUntil(() => heading(first.el).textContent === 'Your first apprentice', 'the activity never showed', ELEMENT_LOAD);
    await waitUntil(() => first.tracker.lastState !== undefined && first.tracker.states.length >= 2);
    first.el.remove();
    history.replaceState(null, '', location.pathname);
    const again = await mount(first.tracker);
    expect(heading(again.el).textContent).to.equal('Your first apprentice');
    expect(root(again.el).querySelector('.notice')!.textContent).to.contain('Welcome back');
    expect(root(again.el).querySelector('#progress-text')!.textContent).to.equal('50% complete');
  });

  it('switches language: interface and course text change, progress stays, the choice is remembered', async () => {
    const { el, loaded } = await mount();
    const select = root(el).querySelector('select')!;
    select.value = 'nb';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => heading(el).textContent === 'Hvorfor veiledning betyr noe');
    expect(loaded).to.deep.equal(['en', 'nb']);
    expect(document.documentElement.lang).to.equal('nb');
    expect(button(el, /Neste/)).to.exist;
    expect(root(el).querySelector('#progress-text')!.textContent).to.equal('50 % fullført');
    expect(localStorage.getItem('workmentor:shell-test:locale')).to.equal('nb');
    await expectAccessible(el, 'Norwegian');
  });

  it('opens in the language the LMS asks for', async () => {
    const { el } = await mount(new MemoryTracker({ language: 'nl-BE' }));
    expect(heading(el).textContent).to.equal('Waarom mentorschap telt');
  });

  it('shows the certificate as not yet available until the required activities are done', async () => {
    const { el } = await mount();
    location.hash = '#/finish/certificate';
    await waitUntil(() => heading(el).textContent === 'Certificate', 'the activity never showed', ELEMENT_LOAD);
    expect(root(el).activeElement).to.equal(heading(el));
    const certificate = root(el).querySelector('wm-certificate')!;
    expect(certificate.eligible).to.be.false;
    expect(certificate.missing).to.deep.equal(['Welcome']);
    await expectAccessible(el, 'certificate not eligible');
  });

  it('shows the activities of the current module in the contents and keeps the others folded', async () => {
    const { el } = await mount();
    const details = () => [...root(el).querySelectorAll('nav details')] as HTMLDetailsElement[];
    expect(details().map((d) => d.open)).to.deep.equal([true, false]);
    location.hash = '#/finish/certificate';
    await waitUntil(() => heading(el).textContent === 'Certificate', 'the activity never showed', ELEMENT_LOAD);
    await el.updateComplete;
    expect(details().map((d) => d.open)).to.deep.equal([false, true]);
    // The learner unfolds the first module: it stays open while they stay elsewhere.
    details()[0]!.querySelector('summary')!.click();
    await waitUntil(() => details()[0]!.open);
    await el.updateComplete;
    expect(details().map((d) => d.open)).to.deep.equal([true, true]);
    await expectAccessible(el, 'contents folded');
  });

  it('tells the learner plainly when the course text cannot be loaded', async () => {
    const el = document.createElement('wm-course');
    el.tracker = new MemoryTracker();
    el.config = shellConfig;
    el.loadContent = () => Promise.reject(new Error('HTTP 404'));
    document.body.append(el);
    await waitUntil(() => el.shadowRoot?.querySelector('[role="alert"]'), 'no error shown', { timeout: 5000 });
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('could not be loaded');
    await expectAccessible(el, 'load failed');
  });

  it('fits a 320 px wide phone screen with the contents behind a disclosure button', async () => {
    await setViewport({ width: 320, height: 640 });
    const { el } = await mount();
    const toggle = root(el).querySelector<HTMLButtonElement>('.toc-toggle')!;
    const nav = root(el).querySelector('nav')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(nav.hidden).to.be.true;
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(nav.hidden).to.be.false;
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expectAccessible(el, 'phone with contents open');
  });
});
