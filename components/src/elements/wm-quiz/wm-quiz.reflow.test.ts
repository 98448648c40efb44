import { fixture, html } from '@open-wc/testing';
import type { QuizData } from '../../../../course/schema/course-data.ts';
import type { QuizProgress } from '../../runtime/progress.ts';
import { expectNoSidewaysScroll, REFLOW_CASES, resetReflow, useReflowCase } from '../../test-support/reflow.ts';
import type { FinalSettings } from './final-view.ts';
import { allKinds, attemptProgress, items, rightAnswers, wrongAnswers } from './test-data.ts';
import { checkAnswer, give } from './test-driver.ts';
import './wm-quiz.ts';
import type { WmQuiz } from './wm-quiz.ts';

declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, body: () => Promise<void> | void) => void;
declare const afterEach: (body: () => Promise<void> | void) => void;

/** Long words and options as the Dutch and Norwegian courses have them. */
const longWords: QuizData = {
  ...allKinds,
  items: allKinds.items.map((item) =>
    item.kind === 'matching'
      ? { ...item, pairs: item.pairs.map((p) => ({ ...p, match: `${p.match} en de praktijkbegeleider bespreekt het evaluatiegesprek` })) }
      : { ...item, prompt: `${item.prompt} Opleidingsverantwoordelijke arbeidsmarktgerichte praktijkopleiding?` },
  ),
};
const ids = items.map((i) => i.id);
const final: FinalSettings = { courseId: 'course', missing: [], policy: { attempts: 2, retryAfterHours: 24, reset: 'wait' } };
const competences = [{ id: 'agreements', title: 'Making agreements with the school' }];
const exam: QuizData = { ...longWords, id: 'exam', feedback: 'summary', items: longWords.items.map((item) => ({ ...item, competence: 'agreements' })) };

const render = (activity: QuizData, progress?: QuizProgress, options: { final?: FinalSettings } = {}) =>
  fixture<WmQuiz>(html`<wm-quiz .activity=${activity} .progress=${progress} .final=${options.final} .competences=${competences} .seed=${'anna'}></wm-quiz>`);

describe('<wm-quiz> reflow', () => {
  afterEach(resetReflow);

  for (const c of REFLOW_CASES) {
    it(`fits ${c.name}: intro, every kind of question before and after checking, results and the final`, async () => {
      await useReflowCase(c);
      await expectNoSidewaysScroll(await render(longWords), 'intro');
      for (const id of ids) {
        const el = await render(longWords, attemptProgress([id]));
        await expectNoSidewaysScroll(el, `${id}, unanswered`);
        await give(el, wrongAnswers[id]!);
        await checkAnswer(el);
        await expectNoSidewaysScroll(el, `${id}, checked`);
      }
      await expectNoSidewaysScroll(await render(longWords, attemptProgress(ids, rightAnswers, { submitted: true, score: 100, best: 100, passed: true })), 'results, passed');
      await expectNoSidewaysScroll(await render(longWords, attemptProgress(ids, wrongAnswers, { submitted: true, score: 0, best: 0 })), 'results, failed');
      await expectNoSidewaysScroll(await render(exam, attemptProgress(ids, rightAnswers, { submitted: true, score: 100, best: 100, passed: true }), { final }), 'final, summary');
      await expectNoSidewaysScroll(
        await render(exam, { ...attemptProgress(ids, wrongAnswers, { submitted: true, score: 0, best: 0 }), attemptsUsed: 2, lastAttemptAt: Math.floor(Date.now() / 60_000) }, { final }),
        'final, attempts used up',
      );
      await expectNoSidewaysScroll(await render(exam, undefined, { final: { ...final, missing: [{ title: 'Giving feedback on a report and the evaluation interview', href: '#evaluating' }] } }), 'final, locked');
    });
  }
});
