import { fixture, html } from '@open-wc/testing';
import type { ReflectionProgress } from '../../runtime/progress.ts';
import { expectNoSidewaysScroll, REFLOW_CASES, resetReflow, useReflowCase } from '../../test-support/reflow.ts';
import { reflection } from './test-data.ts';
import './wm-reflection.ts';
import type { WmReflection } from './wm-reflection.ts';

declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, body: () => Promise<void> | void) => void;
declare const afterEach: (body: () => Promise<void> | void) => void;

const answered: ReflectionProgress = {
  type: 'reflection',
  answers: { surprise: 'Åse asked good questions about the arbeidsmiljøopplæringen and the verktøykassegjennomgangen.', 'next-step': 'Plan the week.' },
  submitted: true,
};

const STATES: [string, ReflectionProgress | undefined, boolean][] = [
  ['empty', undefined, false],
  ['saved', answered, false],
  ['review', answered, true],
  ['review without answers', { type: 'reflection', answers: {}, submitted: false }, true],
];

describe('<wm-reflection> reflow', () => {
  afterEach(resetReflow);

  for (const c of REFLOW_CASES) {
    it(`fits ${c.name} empty, saved and in review`, async () => {
      await useReflowCase(c);
      for (const [state, progress, review] of STATES) {
        const el = await fixture<WmReflection>(html`<wm-reflection .activity=${reflection} .progress=${progress} .review=${review}></wm-reflection>`);
        await expectNoSidewaysScroll(el, state);
      }
      // Saving with an empty required answer shows the error under the field.
      const el = await fixture<WmReflection>(html`<wm-reflection .activity=${reflection}></wm-reflection>`);
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.save')!.click();
      await expectNoSidewaysScroll(el, 'saved with a missing answer');
    });
  }
});
