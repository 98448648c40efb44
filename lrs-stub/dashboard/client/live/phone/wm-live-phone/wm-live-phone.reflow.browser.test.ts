import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { expectNoSidewaysScroll, REFLOW_CASES, resetReflow, useReflowCase } from '../../../../../../components/src/test-support/reflow.ts';
import type { ParticipantView } from '../../../../../live/session-views.ts';
import { dialogueAtStart, PARTICIPANT, participantView } from '../../test-support/live-view-fixtures.ts';
import { deepQueryAll, phoneShowing, renderPhone, settle } from '../../test-support/render-live.ts';

declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, body: () => Promise<void> | void) => void;
declare const afterEach: (body: () => Promise<void> | void) => void;

const longChoices = { ...dialogueAtStart, choices: [...dialogueAtStart.choices, { id: 'long', text: 'Arbeidsongeschiktheidsverzekeringsmaatschappij-afspraken bespreken' }] };

/** Every screen a phone shows, the longest words included (a Dutch compound in a choice). */
const SCREENS: Record<string, () => ParticipantView> = {
  waiting: PARTICIPANT.waiting,
  'dialogue vote': () => participantView({ phase: 'voting', round: 2, content: longChoices }),
  'dialogue revealed with moves': () => participantView({ ...PARTICIPANT.dialogueRevealed(), content: longChoices }),
  'after following': PARTICIPANT.dialogueFollowed,
  ending: PARTICIPANT.dialogueEnded,
  'single choice': PARTICIPANT.single,
  'multiple response': PARTICIPANT.multiple,
  'true-false': PARTICIPANT.trueFalse,
  'quiz revealed': PARTICIPANT.singleRevealed,
  reflection: PARTICIPANT.reflection,
  finished: PARTICIPANT.finished,
};

describe('<wm-live-phone> on small screens', () => {
  afterEach(resetReflow);

  for (const c of REFLOW_CASES) {
    it(`fits ${c.name} in every state, the join form included`, async () => {
      await useReflowCase(c);
      const join = await renderPhone({ code: 'KMP-7RX' });
      await settle(join.el);
      await expectNoSidewaysScroll(join.el, 'join form');
      for (const [name, view] of Object.entries(SCREENS)) {
        const { el } = await phoneShowing(view());
        await expectNoSidewaysScroll(el, name);
      }
    });
  }

  it('gives every control a touch target of at least 44 × 44 px (48 px tall for answers)', async () => {
    await setViewport({ width: 320, height: 640 });
    const join = await renderPhone({ code: 'KMP-7RX' });
    await settle(join.el);
    const screens = [join.el];
    for (const view of [PARTICIPANT.dialogue(), PARTICIPANT.multiple(), PARTICIPANT.trueFalse(), PARTICIPANT.reflection()]) screens.push((await phoneShowing(view)).el);
    let measured = 0;
    for (const el of screens) {
      for (const control of deepQueryAll(el, 'button, label.option-card, input:not([type="radio"]):not([type="checkbox"]), textarea')) {
        const box = control.getBoundingClientRect();
        const name = `${control.localName} “${(control.textContent ?? '').trim().slice(0, 30)}”`;
        expect(box.height, `${name} height`).to.be.at.least(44);
        expect(box.width, `${name} width`).to.be.at.least(44);
        if (control.matches('label.option-card')) expect(box.height, `${name}: an answer`).to.be.at.least(48);
        measured += 1;
      }
    }
    expect(measured, 'join, choices, checkboxes and Send, true and false, the answer box').to.be.at.least(15);
  });
});
