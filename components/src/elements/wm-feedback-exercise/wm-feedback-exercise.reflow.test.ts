import { fixture, html } from '@open-wc/testing';
import type { FeedbackExerciseData } from '../../../../course/schema/course-data.ts';
import type { FeedbackExerciseProgress } from '../../runtime/progress.ts';
import { expectNoSidewaysScroll, REFLOW_CASES, resetReflow, useReflowCase } from '../../test-support/reflow.ts';
import { atCompare, atRate, exercise } from './test-data.ts';
import './wm-feedback-exercise.ts';
import type { WmFeedbackExercise } from './wm-feedback-exercise.ts';

declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, body: () => Promise<void> | void) => void;
declare const afterEach: (body: () => Promise<void> | void) => void;

/** Category labels as long as the real course's (they set the width of a closed select). */
const longLabels: FeedbackExerciseData = {
  ...exercise,
  sort: {
    ...exercise.sort!,
    categories: [
      { id: 'specific', label: 'Effective — specific, with a reason or a next step' },
      { id: 'vague', label: 'Observation (what was seen or heard), not a judgement' },
    ],
  },
};

const STATES: [string, FeedbackExerciseProgress | undefined, boolean][] = [
  ['fresh', undefined, false],
  ['sorted and checked', { ...atRate, stage: 'work' }, false],
  ['rating', atRate, false],
  ['comparing', atCompare, false],
  ['review', atCompare, true],
];

describe('<wm-feedback-exercise> reflow', () => {
  afterEach(resetReflow);

  for (const c of REFLOW_CASES) {
    it(`fits ${c.name} in every stage, with the course's longest category labels`, async () => {
      await useReflowCase(c);
      for (const [state, progress, review] of STATES) {
        const el = await fixture<WmFeedbackExercise>(
          html`<wm-feedback-exercise .activity=${longLabels} .progress=${progress} .review=${review} .seed=${'learner-1'}></wm-feedback-exercise>`,
        );
        await expectNoSidewaysScroll(el, state);
      }
    });
  }
});
