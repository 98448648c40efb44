import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { CourseData } from '../../../../course/schema/course-data.ts';
import type { Locale } from '../../../../course/schema/ids.ts';
import { setUiLanguage } from '../../i18n/i18n.ts';
import { expectAccessible } from '../../test-support/axe.ts';
import { encodeResume } from '../../runtime/resume/resume-codec.ts';
import { MemoryTracker } from '../../tracking/memory/memory-tracker.ts';
import { allKinds } from '../wm-quiz/test-data.ts';
import { shellCourse } from './test-data.ts';
import { button, ELEMENT_LOAD, heading, mount, root, screen, showsHeading, startCourse, welcome } from './test-driver.ts';

/** The shell's test course with a module quiz after the reflection. */
function withQuiz(locale: Locale): CourseData {
  const course = shellCourse(locale);
  const [first, finish] = course.modules;
  return { ...course, modules: [{ ...first!, activities: [...first!.activities, { ...allKinds, weight: 0 }] }, finish!] };
}

const inner = (el: HTMLElement, selector: string) => root(el as never).querySelector(selector)!.shadowRoot!;
const dialog = (el: HTMLElement) => root(el as never).querySelector<HTMLDialogElement>('dialog.leave-quiz')!;

describe('<wm-course> framing', () => {
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    document.querySelectorAll('wm-course').forEach((e) => e.remove());
    history.replaceState(null, '', location.pathname);
    await setUiLanguage('en');
    await setViewport({ width: 800, height: 600 });
  });

  it('welcomes a first-time learner: what the course is, how long, how progress is kept, the language, one Start', async () => {
    const { el } = await mount();
    const w = welcome(el)!.shadowRoot!;
    expect(w.querySelector('.description')!.textContent).to.equal('A short course.');
    const facts = w.querySelector('.facts')!.textContent!.replace(/\s+/g, ' ');
    expect(facts).to.contain('about 15 min').and.to.contain('2 modules');
    // A web package: progress stays in this browser, and the welcome says so plainly.
    expect(facts).to.contain('on this device only');
    expect([...w.querySelectorAll('select option')].map((o) => o.textContent)).to.deep.equal(['English', 'Nederlands', 'Norsk bokmål']);
    expect(w.querySelectorAll('button')).to.have.length(1);
    expect(w.querySelector('button')!.textContent).to.contain('Start the course');
    const cards = [...w.querySelectorAll('.module-card')];
    expect(cards).to.have.length(2);
    expect(cards[0]!.querySelector('a')!.getAttribute('href')).to.equal('#/welcome/~start');
    expect(cards[0]!.textContent).to.contain('10 min').and.to.contain('0 of 2 activities done').and.to.contain('Start here.');
    expect(cards[0]!.querySelector('.objectives')!.textContent).to.contain('Know the roles');
    await expectAccessible(el, 'welcome');
  });

  it('says the learning platform keeps progress in an LMS package', async () => {
    const { el } = await mount();
    el.config = { ...el.config!, target: 'scorm12' };
    await el.updateComplete;
    await welcome(el)!.updateComplete;
    expect(welcome(el)!.shadowRoot!.querySelector('.facts')!.textContent).to.contain('your learning platform keeps your progress');
  });

  it('shows a module start with its objectives, time and activities, and one primary action', async () => {
    const { el } = await mount();
    welcome(el)!.shadowRoot!.querySelector<HTMLButtonElement>('button.start')!.click();
    await showsHeading(el, 'Welcome');
    expect(screen(el)).to.equal('module-start');
    expect(location.hash).to.equal('#/welcome/~start');
    expect(root(el).activeElement).to.equal(heading(el));
    expect(root(el).querySelector('.activity-type')!.textContent).to.equal('Module 1 of 2');
    const start = inner(el, 'wm-module-start');
    expect(start.textContent).to.contain('Time: about 10 min').and.to.contain('Know the roles').and.to.contain('Why mentoring matters');
    expect(root(el).querySelectorAll('main button.primary')).to.have.length(1);
    expect(button(el, /Start the module/).classList.contains('primary')).to.be.true;
    await expectAccessible(el, 'module start');
    // Previous from the first module's start goes back to the welcome.
    button(el, /Previous/).click();
    await waitUntil(() => screen(el) === 'welcome', 'Previous did not lead to the welcome', ELEMENT_LOAD);
  });

  it('ends a module with what the learner did, their results, their reflection and what is next; then the next module', async () => {
    const { el } = await mount({ at: 'welcome/think' });
    const reflection = root(el).querySelector('wm-reflection')!;
    await waitUntil(() => reflection.shadowRoot?.querySelector('textarea'), 'the reflection never showed', ELEMENT_LOAD);
    const textarea = reflection.shadowRoot!.querySelector('textarea')!;
    textarea.value = 'My aunt, at the bakery.';
    textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    [...reflection.shadowRoot!.querySelectorAll('button')].find((b) => /Save to my portfolio/.test(b.textContent!))!.click();
    await waitUntil(() => root(el).querySelector('nav')!.textContent!.includes('Your first apprentice (Completed)'), 'the reflection was not saved');
    button(el, /^\s*Next\s*$/).click();
    await showsHeading(el, 'End of module 1');
    expect(screen(el)).to.equal('module-end');
    const end = inner(el, 'wm-module-end');
    const text = end.textContent!.replace(/\s+/g, ' ');
    // The page was never read to its end, so the module is not complete and says what is left.
    expect(text).to.contain('1 activity is not done yet');
    expect(text).to.contain('Why mentoring matters').and.to.contain('Not started');
    expect(text).to.contain('Nothing in this module is scored');
    expect(text).to.contain('Saved to your portfolio');
    expect(end.querySelector('a[href="#/welcome/think"]')).to.exist;
    expect(text).to.contain('Finish');
    expect(button(el, /Next module/).classList.contains('primary')).to.be.true;
    await expectAccessible(el, 'module end');
    button(el, /Next module/).click();
    await showsHeading(el, 'Finish');
    expect(screen(el)).to.equal('module-start');
  });

  it('says a module is complete at its end once every activity is done, with the results and the next module', async () => {
    const course = shellCourse('en');
    const state = encodeResume(course, {
      location: 'welcome/think',
      activities: {
        'welcome/intro': { status: 'completed', detail: { type: 'page' } },
        'welcome/think': { status: 'completed', detail: { type: 'reflection', answers: { remember: 'My aunt.' }, submitted: true } },
      },
    });
    const { el } = await mount({ at: 'welcome/~end', tracker: new MemoryTracker({ state, entry: 'resume' }) });
    await showsHeading(el, 'Module 1 complete');
    const end = inner(el, 'wm-module-end');
    expect(end.textContent).to.contain('You have done every activity in this module.');
    expect(end.querySelector('.module-card')!.textContent).to.contain('Finish');
    await expectAccessible(el, 'module complete');
  });

  it('ends the course with the results, the certificate and the portfolio', async () => {
    const { el } = await mount({ at: 'finish/certificate' });
    button(el, /^\s*Next\s*$/).click();
    await showsHeading(el, 'Your results');
    expect(screen(el)).to.equal('course-end');
    const end = inner(el, 'wm-course-end');
    const text = end.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('0 of 2 modules completed');
    expect(text).to.contain('becomes available when you have completed every module');
    expect(end.querySelector('a[href="#/finish/certificate"]')).to.exist;
    expect(end.querySelector('a[href="#/welcome/~start"]')).to.exist;
    expect(root(el).querySelector('button.next')).to.equal(null);
    await expectAccessible(el, 'course end');
  });

  it('asks before the shell leaves a quiz attempt that is not finished, and says what is kept', async () => {
    const { el } = await mount({ at: 'welcome/mentor-basics', course: withQuiz });
    const quiz = root(el).querySelector('wm-quiz')!;
    await waitUntil(() => quiz.shadowRoot?.querySelector('button'), 'the quiz never showed', ELEMENT_LOAD);
    [...quiz.shadowRoot!.querySelectorAll('button')].find((b) => /Start the quiz/.test(b.textContent!))!.click();
    await waitUntil(() => quiz.shadowRoot!.querySelector('fieldset'), 'the attempt never started');
    const next = button(el, /^\s*Next\s*$/);
    expect(next.classList.contains('secondary'), 'inside a quiz the shell’s Next is secondary').to.be.true;
    next.click();
    await waitUntil(() => dialog(el).open, 'no question before leaving the quiz');
    expect(dialog(el).textContent).to.contain('answers you have already checked or saved are kept');
    await expectAccessible(el, 'leave quiz question');
    // Stay: nothing moves.
    [...dialog(el).querySelectorAll('button')].find((b) => /Stay/.test(b.textContent!))!.click();
    await el.updateComplete;
    expect(dialog(el).open).to.be.false;
    expect(heading(el)!.textContent).to.equal('Mentor basics');
    // Leave: on to the module end; the attempt stays open in the progress.
    button(el, /^\s*Next\s*$/).click();
    await waitUntil(() => dialog(el).open);
    [...dialog(el).querySelectorAll('button')].find((b) => /Leave the quiz/.test(b.textContent!))!.click();
    await showsHeading(el, 'End of module 1');
    // Contents links ask too; Escape means stay.
    location.hash = '#/welcome/mentor-basics';
    await showsHeading(el, 'Mentor basics');
    const link = [...root(el).querySelectorAll('nav a')].find((a) => a.textContent!.includes('Why mentoring matters')) as HTMLAnchorElement;
    link.click();
    await waitUntil(() => dialog(el).open);
    dialog(el).dispatchEvent(new Event('cancel', { cancelable: true }));
    await el.updateComplete;
    expect(heading(el)!.textContent).to.equal('Mentor basics');
  });

  it('never asks when the quiz was not started', async () => {
    const tracker = new MemoryTracker();
    const { el } = await mount({ at: 'welcome/mentor-basics', course: withQuiz, tracker });
    button(el, /^\s*Next\s*$/).click();
    await showsHeading(el, 'End of module 1');
    expect(dialog(el).open).to.be.false;
  });

  it('plays the framing in Dutch and Norwegian, every screen accessible', async () => {
    for (const language of ['nl', 'nb'] as const) {
      const { el } = await mount({ tracker: new MemoryTracker({ language }) });
      expect(welcome(el)!.shadowRoot!.querySelector('button.start')!.textContent).to.contain(language === 'nl' ? 'Begin aan de opleiding' : 'Start kurset');
      await expectAccessible(el, `welcome ${language}`);
      await startCourse(el).catch(() => undefined);
      location.hash = '#/welcome/~end';
      await waitUntil(() => screen(el) === 'module-end' && inner(el, 'wm-module-end').textContent!.length > 0, 'no module end', ELEMENT_LOAD);
      expect(heading(el)!.textContent).to.equal(language === 'nl' ? 'Einde van module 1' : 'Slutten av modul 1');
      await expectAccessible(el, `module end ${language}`);
      el.remove();
      await setUiLanguage('en');
    }
  });

  it('fits a 320 px phone on every framing screen', async () => {
    await setViewport({ width: 320, height: 640 });
    const { el } = await mount();
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    for (const hash of ['#/welcome/~start', '#/welcome/~end', '#/~end']) {
      location.hash = hash;
      await waitUntil(() => location.hash === hash && heading(el) && root(el).querySelector('main')!.getAttribute('aria-busy') === 'false', `no ${hash}`, ELEMENT_LOAD);
      await el.updateComplete;
      expect(document.documentElement.scrollWidth, hash).to.be.at.most(320);
    }
    await expectAccessible(el, 'course end at 320 px');
  });
});
