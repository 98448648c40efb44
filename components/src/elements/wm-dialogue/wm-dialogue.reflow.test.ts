import { fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { DialogueData } from '../../../../course/schema/course-data.ts';
import type { DialogueProgress } from '../../runtime/progress.ts';
import { expectNoSidewaysScroll, REFLOW_CASES, resetReflow, useReflowCase } from '../../test-support/reflow.ts';
import { lateAgain } from './test-data.ts';
import './wm-dialogue.ts';
import type { WmDialogue } from './wm-dialogue.ts';

declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, body: () => Promise<void> | void) => void;
declare const afterEach: (body: () => Promise<void> | void) => void;

/** The scene with a long Dutch compound, as the Flemish course has them. */
const longWords: DialogueData = { ...lateAgain, scene: `${lateAgain.scene} Praktijkopleidingsovereenkomstonderhandelingen.` };

const STATES: [string, DialogueProgress | undefined, boolean][] = [
  ['start', undefined, false],
  ['a decision in', { type: 'dialogue', path: ['skip'] }, false],
  ['ended well', { type: 'dialogue', path: ['skip', 'plan'], best: 60, ending: 'good-end' }, false],
  ['ended badly', { type: 'dialogue', path: ['blame'], best: 0, ending: 'bad-end' }, false],
  ['review', { type: 'dialogue', path: ['listen', 'plan'], best: 100, ending: 'good-end' }, true],
];

describe('<wm-dialogue> reflow', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    await resetReflow();
  });

  for (const c of REFLOW_CASES) {
    it(`fits ${c.name} at the start, mid-way, at each ending and in review`, async () => {
      // Everything shown at once: a line still fading in has its final size already, but this keeps the check about layout.
      await emulateMedia({ reducedMotion: 'reduce' });
      await useReflowCase(c);
      for (const [state, progress, review] of STATES) {
        const el = await fixture<WmDialogue>(html`<wm-dialogue .activity=${longWords} .progress=${progress} ?review=${review} .seed=${'learner-1'}></wm-dialogue>`);
        await expectNoSidewaysScroll(el, state);
      }
    });
  }
});
