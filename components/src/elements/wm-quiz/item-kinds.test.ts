import { expect, oneEvent } from '@open-wc/testing';
import { expectAccessible } from '../../test-support/axe.ts';
import type { WmAnswerSubmitEvent } from './events.ts';
import { allKinds, attemptProgress, itemOf, rightAnswers, wrongAnswers } from './test-data.ts';
import { checkAnswer, count, focused, give, q, renderQuiz, text, texts } from './test-driver.ts';


const stepText = Object.fromEntries(
  (itemOf('feedback-steps').kind === 'ordering' ? (itemOf('feedback-steps') as { steps: Array<{ id: string; text: string }> }).steps : []).map((s) => [s.id, s.text]),
);

/** What the feedback says after a wrong answer, besides "Not correct" and the item's own text. */
const solutions: Record<string, string> = {
  agreement: 'The right answer: The learner, the school and the company',
  'useful-feedback': 'The right answers: It is specific and It comes soon after the work',
  'first-day': 'The right answer: True',
  roles: 'The right matches: Workplace mentor: Guides learning at work School supervisor: Follows up from school Apprentice: Learns on the job',
  'feedback-steps': 'The right order: Observe Describe what you saw Name the effect Ask for their view',
  portfolio: 'A right answer: portfolio',
};

for (const item of allKinds.items) {
  describe(`<wm-quiz> ${item.kind} item`, () => {
    it('is accessible unanswered, with its prompt as the group legend and an empty live region', async () => {
      const el = await renderQuiz(allKinds, attemptProgress([item.id]));
      expect(text(el, 'legend')).to.equal(item.prompt);
      expect(text(el, '.feedback[role="status"]')).to.equal('');
      expect(count(el, 'button.check')).to.equal(1);
      await expectAccessible(el, `${item.kind} unanswered`);
    });

    it('says Correct with the feedback when answered right, and focuses Next', async () => {
      const el = await renderQuiz(allKinds, attemptProgress([item.id]));
      await give(el, rightAnswers[item.id]!, stepText);
      const submitted = oneEvent(el, 'wm-answer-submit') as Promise<WmAnswerSubmitEvent>;
      await checkAnswer(el);
      const event = await submitted;
      expect({ itemId: event.itemId, kind: event.kind, correct: event.correct, attempt: event.attempt }).to.deep.equal({
        itemId: item.id, kind: item.kind, correct: true, attempt: 1,
      });
      expect(event.progress.current!.answers[item.id]).to.deep.equal(event.response);
      expect(text(el, '.feedback[role="status"]')).to.equal(`Correct ${item.feedback.correct}`);
      expect(focused(el)).to.equal('button#next');
      expect(count(el, 'button.check')).to.equal(0);
      expect(count(el, 'fieldset:disabled')).to.equal(1);
      await expectAccessible(el, `${item.kind} answered correct`);
    });

    it('says Not correct, the feedback and what was right when answered wrong', async () => {
      const el = await renderQuiz(allKinds, attemptProgress([item.id]));
      await give(el, wrongAnswers[item.id]!, stepText);
      const submitted = oneEvent(el, 'wm-answer-submit') as Promise<WmAnswerSubmitEvent>;
      await checkAnswer(el);
      expect((await submitted).correct).to.equal(false);
      expect(text(el, '.feedback[role="status"]')).to.equal(`Not correct ${item.feedback.incorrect} ${solutions[item.id]}`);
      await expectAccessible(el, `${item.kind} answered incorrect`);
    });
  });
}

describe('<wm-quiz> answered choices', () => {
  it('marks the right option and the wrong pick in words next to the options', async () => {
    const el = await renderQuiz(allKinds, attemptProgress(['useful-feedback'], { 'useful-feedback': wrongAnswers['useful-feedback']! }));
    expect(texts(el, '.option')).to.deep.equal([
      'It is specific right answer',
      'It comes soon after the work right answer',
      'It stays general your answer, not right',
    ]);
  });

  it('marks each wrong match with the right one', async () => {
    const el = await renderQuiz(allKinds, attemptProgress(['roles'], { roles: wrongAnswers.roles! }));
    expect(texts(el, '.match .mark')).to.deep.equal([
      'The right answer: Guides learning at work',
      'The right answer: Follows up from school',
      'Correct',
    ]);
  });

  it('asks for an answer before checking, points to the message and focuses the first control', async () => {
    const el = await renderQuiz(allKinds, attemptProgress(['roles']));
    await give(el, { kind: 'matching', matches: { mentor: 'mentor' } });
    let dispatched = false;
    el.addEventListener('wm-answer-submit', () => { dispatched = true; });
    await checkAnswer(el);
    expect(text(el, '#answer-error')).to.equal('Choose a match for every item first.');
    expect(q(el, 'fieldset')!.getAttribute('aria-describedby')).to.equal('hint answer-error');
    expect(focused(el)).to.equal('select#match-mentor');
    expect(dispatched).to.equal(false);
    await expectAccessible(el, 'matching with error');
    const fill = await renderQuiz(allKinds, attemptProgress(['portfolio']));
    await give(fill, { kind: 'fill-in', text: '   ' });
    await checkAnswer(fill);
    expect(text(fill, '#answer-error')).to.equal('Answer the question first.');
    expect(focused(fill)).to.equal('input#fill-in');
  });

  it('limits the fill-in answer to the item maxLength and says so', async () => {
    const el = await renderQuiz(allKinds, attemptProgress(['portfolio']));
    expect(q<HTMLInputElement>(el, '#fill-in')!.maxLength).to.equal(30);
    expect(text(el, '#hint')).to.equal('At most 30 characters.');
    expect(q(el, '#fill-in')!.getAttribute('aria-describedby')).to.equal('hint');
  });
});
