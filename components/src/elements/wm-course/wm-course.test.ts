import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { setUiLanguage } from '../../i18n/i18n.ts';
import { expectAccessible } from '../../test-support/axe.ts';
import { decodeStoredResume } from '../../runtime/resume/decode-stored.ts';
import { MemoryTracker } from '../../tracking/memory/memory-tracker.ts';
import { shellCourse } from './test-data.ts';
import { button, ELEMENT_LOAD, heading, mount, progressText, root, screen, showsHeading, startCourse, welcome } from './test-driver.ts';

const tocEntry = (el: HTMLElement, title: string) => [...el.shadowRoot!.querySelectorAll('nav a')].find((a) => a.textContent!.includes(title))!;

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

  it('opens on a first launch at the welcome screen, counts nothing as done, and reports the launch', async () => {
    const { el, tracker } = await mount();
    expect(screen(el)).to.equal('welcome');
    expect(location.hash).to.equal('#/~welcome');
    expect(welcome(el)!.shadowRoot!.querySelector('h2')!.textContent).to.equal('Mentoring basics');
    expect(progressText(el)).to.equal('0% complete');
    await waitUntil(() => tracker.events.some((e) => e.type === 'launched'));
    expect(tracker.events.map((e) => e.type)).to.not.include('activity-completed');
    await expectAccessible(el, 'welcome screen');
  });

  it('opens a page without counting it; the page counts as read once its end comes into view', async () => {
    const { el, tracker } = await mount({ at: 'welcome/intro' });
    expect(heading(el)!.textContent).to.equal('Why mentoring matters');
    await waitUntil(() => tracker.events.some((e) => e.type === 'activity-experienced'));
    expect(tocEntry(el, 'Why mentoring matters').textContent).to.contain('(Not started)');
    expect(progressText(el)).to.equal('0% complete');
    expect(tracker.events.map((e) => e.type)).to.not.include('activity-completed');
    const page = root(el).querySelector('wm-page')!;
    page.shadowRoot!.querySelector('.end')!.scrollIntoView();
    await waitUntil(() => tracker.events.some((e) => e.type === 'activity-completed' && e.activityId === 'intro'), 'reaching the end did not count');
    await el.updateComplete;
    expect(tocEntry(el, 'Why mentoring matters').textContent).to.contain('(Completed)');
    expect(progressText(el)).to.equal('50% complete');
    const status = tracker.eventsOf('course-status').at(-1)!;
    expect(status.progressMeasure).to.equal(0.5);
    // Scrolling up and down again counts nothing more.
    window.scrollTo(0, 0);
    page.shadowRoot!.querySelector('.end')!.scrollIntoView();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(tracker.events.filter((e) => e.type === 'activity-completed')).to.have.length(1);
  });

  it('counts a page as read when the learner presses Next on it, and puts focus on the next heading', async () => {
    const { el, tracker } = await mount({ at: 'welcome/intro' });
    const next = button(el, /^\s*Next\s*$/);
    expect(next.classList.contains('primary'), 'on a page, Next is the one primary action').to.be.true;
    next.click();
    await showsHeading(el, 'Your first apprentice');
    expect(root(el).activeElement).to.equal(heading(el));
    expect(location.hash).to.equal('#/welcome/think');
    expect(tracker.events.some((e) => e.type === 'activity-completed' && e.activityId === 'intro')).to.be.true;
    expect(root(el).querySelector('wm-reflection')).to.exist;
    // Inside an activity with a button of its own, the shell's Next is secondary.
    expect(button(el, /^\s*Next\s*$/).classList.contains('secondary')).to.be.true;
    await expectAccessible(el, 'reflection');
  });

  it('starts from the welcome to the first module start, then its first activity', async () => {
    const { el } = await mount();
    await startCourse(el);
    expect(heading(el)!.textContent).to.equal('Why mentoring matters');
    expect(root(el).activeElement).to.equal(heading(el));
  });

  it('has a skip link as the first tab stop that jumps to the heading', async () => {
    const { el } = await mount({ at: 'welcome/intro' });
    el.focus();
    await sendKeys({ press: 'Tab' });
    const skip = root(el).activeElement as HTMLElement;
    expect(skip.classList.contains('skip-link')).to.be.true;
    await sendKeys({ press: 'Enter' });
    expect(root(el).activeElement).to.equal(heading(el));
  });

  it('resumes a returning learner where they left off, with a welcome back notice, and the overview says Continue', async () => {
    const first = await mount({ at: 'welcome/intro' });
    button(first.el, /^\s*Next\s*$/).click();
    await showsHeading(first.el, 'Your first apprentice');
    const savedAt = async () => (first.tracker.lastState ? (await decodeStoredResume(shellCourse('en'), first.tracker.lastState)).progress.location : undefined);
    await waitUntil(async () => (await savedAt()) === 'welcome/think', 'the new place was never saved');
    first.el.remove();
    const again = await mount({ tracker: first.tracker });
    expect(heading(again.el)!.textContent).to.equal('Your first apprentice');
    expect(root(again.el).querySelector('.notice')!.textContent).to.contain('Welcome back');
    expect(progressText(again.el)).to.equal('50% complete');
    const overview = root(again.el).querySelector<HTMLAnchorElement>('a.overview-link')!;
    overview.click();
    await waitUntil(() => screen(again.el) === 'welcome', 'the overview never opened', ELEMENT_LOAD);
    const start = welcome(again.el)!.shadowRoot!.querySelector<HTMLButtonElement>('button.start')!;
    expect(start.textContent).to.contain('Continue');
    start.click();
    await showsHeading(again.el, 'Your first apprentice');
  });

  it('switches language on the welcome screen: interface and course text change, the choice is remembered', async () => {
    const { el, loaded } = await mount();
    const select = welcome(el)!.shadowRoot!.querySelector('select')!;
    select.value = 'nb';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => welcome(el)!.shadowRoot!.querySelector('h2')!.textContent === 'Grunnleggende veiledning');
    expect(loaded).to.include('nb');
    expect(document.documentElement.lang).to.equal('nb');
    expect(welcome(el)!.shadowRoot!.querySelector('button.start')!.textContent).to.contain('Start kurset');
    expect(localStorage.getItem('workmentor:shell-test:locale')).to.equal('nb');
    await expectAccessible(el, 'Norwegian welcome');
  });

  it('switches language from the header inside the course; progress stays', async () => {
    const { el } = await mount({ at: 'welcome/intro' });
    button(el, /^\s*Next\s*$/).click();
    await showsHeading(el, 'Your first apprentice');
    const select = root(el).querySelector<HTMLSelectElement>('header select')!;
    select.value = 'nb';
    select.dispatchEvent(new Event('change'));
    await showsHeading(el, 'Din første lærling');
    expect(button(el, /Neste/)).to.exist;
    expect(progressText(el)).to.equal('50 % fullført');
    await expectAccessible(el, 'Norwegian');
  });

  it('opens in the language the LMS asks for', async () => {
    const { el } = await mount({ tracker: new MemoryTracker({ language: 'nl-BE' }) });
    expect(welcome(el)!.shadowRoot!.querySelector('h2')!.textContent).to.equal('Basis van mentorschap');
  });

  it('shows the certificate as not yet available, with a link to each module still to complete', async () => {
    const { el } = await mount({ at: 'welcome/intro' });
    location.hash = '#/finish/certificate';
    await showsHeading(el, 'Certificate');
    expect(root(el).activeElement).to.equal(heading(el));
    const certificate = root(el).querySelector('wm-certificate')!;
    expect(certificate.eligible).to.be.false;
    expect(certificate.missing).to.deep.equal([{ id: 'welcome', title: 'Welcome', href: '#/welcome/~start' }]);
    await certificate.updateComplete;
    const link = certificate.shadowRoot!.querySelector<HTMLAnchorElement>('.not-yet li a')!;
    expect([link.textContent, link.getAttribute('href')]).to.deep.equal(['Welcome', '#/welcome/~start']);
    await expectAccessible(el, 'certificate not eligible');
  });

  it('shows the activities of the current module in the contents and keeps the others folded', async () => {
    const { el } = await mount({ at: 'welcome/intro' });
    const details = () => [...root(el).querySelectorAll('nav details')] as HTMLDetailsElement[];
    expect(details().map((d) => d.open)).to.deep.equal([true, false]);
    expect(root(el).querySelector('nav .module-count')!.textContent).to.contain('10 min');
    location.hash = '#/finish/certificate';
    await showsHeading(el, 'Certificate');
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
    el.config = (await import('./test-data.ts')).shellConfig;
    el.loadContent = () => Promise.reject(new Error('HTTP 404'));
    document.body.append(el);
    await waitUntil(() => el.shadowRoot?.querySelector('[role="alert"]'), 'no error shown', ELEMENT_LOAD);
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('could not be loaded');
    await expectAccessible(el, 'load failed');
  });

  it('on a phone: a compact header that stays on top names the module and the progress; the contents open from it', async () => {
    await setViewport({ width: 360, height: 740 });
    const { el } = await mount({ at: 'welcome/intro' });
    const header = root(el).querySelector<HTMLElement>('header')!;
    expect(header.getBoundingClientRect().height, 'the header is compact').to.be.at.most(72);
    expect(header.querySelector('.where')!.textContent).to.contain('Module 1 of 2').and.to.contain('Welcome');
    expect(header.textContent).to.contain('0% complete');
    window.scrollTo(0, 800);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(header.getBoundingClientRect().top, 'the header stays on top while the page scrolls').to.equal(0);
    window.scrollTo(0, 0);
    const toggle = header.querySelector<HTMLButtonElement>('.toc-toggle')!;
    const nav = root(el).querySelector('nav')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(nav.hidden).to.be.true;
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(nav.hidden).to.be.false;
    expect(document.documentElement.scrollWidth).to.be.at.most(360);
    await expectAccessible(el, 'phone with contents open');
  });

  it('on a desktop: the fuller header with the course title, the module, the progress, the language and the overview', async () => {
    await setViewport({ width: 1280, height: 800 });
    const { el } = await mount({ at: 'welcome/intro' });
    const header = root(el).querySelector<HTMLElement>('header')!;
    expect(header.querySelector('h1')!.getBoundingClientRect().width).to.be.greaterThan(50);
    expect(header.querySelector('select')).to.exist;
    expect(header.querySelector('.overview-link')!.textContent).to.contain('Overview');
    await expectAccessible(el, 'desktop header');
  });
});
