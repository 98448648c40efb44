import { expect, waitUntil } from '@open-wc/testing';
import type { CourseData } from '../../../../course/schema/course-data.ts';
import { expectAccessible } from '../../test-support/axe.ts';
import { MemoryTracker } from '../../tracking/memory/memory-tracker.ts';
import { allKinds } from '../wm-quiz/test-data.ts';
import { shellConfig, shellCourse } from './test-data.ts';
import './wm-course.ts';
import type { WmCourse } from './wm-course.ts';

/** The shell's test course with a final module whose quiz is the final assessment. */
function withFinal(): CourseData {
  const course = shellCourse('en');
  const [welcome, finish] = course.modules;
  const exam = { ...allKinds, id: 'exam', title: 'Final assessment', attempts: 0, feedback: 'summary' as const };
  return {
    ...course,
    finalAssessment: { activity: 'finish/exam', attempts: 3, retryAfterHours: 24, reset: 'wait', opensAfter: 'modules' },
    modules: [welcome!, { ...finish!, activities: [exam, ...finish!.activities] }],
  };
}

async function mount(at: string): Promise<WmCourse> {
  history.replaceState(null, '', `#/${at}`);
  const el = document.createElement('wm-course');
  el.tracker = new MemoryTracker();
  el.config = shellConfig;
  el.loadContent = async () => withFinal();
  document.body.append(el);
  await waitUntil(() => el.shadowRoot?.querySelector('wm-quiz')?.shadowRoot?.querySelector('section'), 'the final never showed', { timeout: 5000 });
  return el;
}

describe('<wm-course> and the final assessment', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    document.querySelectorAll('wm-course').forEach((e) => e.remove());
    history.replaceState(null, '', location.pathname);
  });

  it('keeps the final locked with a link to each unfinished module, and the link leads there', async () => {
    const el = await mount('finish/exam');
    const quiz = el.shadowRoot!.querySelector('wm-quiz')!;
    expect(quiz.seed).to.equal('memory-learner');
    expect(quiz.final?.missing).to.deep.equal([{ title: 'Welcome', href: '#/welcome/intro' }]);
    const link = quiz.shadowRoot!.querySelector<HTMLAnchorElement>('.locked a')!;
    expect(link.textContent).to.equal('Welcome');
    expect(quiz.shadowRoot!.querySelector('button')).to.equal(null);
    await expectAccessible(el, 'shell with a locked final');
    link.click();
    await waitUntil(() => el.shadowRoot!.querySelector('h2.activity-title')?.textContent === 'Why mentoring matters', 'the link did not lead to the module', { timeout: 5000 });
  });

  it('hands every quiz the course competences and the learner id', async () => {
    const el = await mount('finish/exam');
    const quiz = el.shadowRoot!.querySelector('wm-quiz')!;
    expect(quiz.competences.map((c) => c.id)).to.deep.equal(['communicating']);
    expect(quiz.final?.policy).to.include({ attempts: 3, reset: 'wait' });
  });
});
