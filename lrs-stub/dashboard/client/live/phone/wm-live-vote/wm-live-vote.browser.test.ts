import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLiveLanguage } from '../../i18n/live-i18n.ts';
import { audit } from '../../../test-support/render.ts';
import { PARTICIPANT, participantView, multipleResponse } from '../../test-support/live-view-fixtures.ts';
import { deepActiveElement, deepQuery, phoneShowing, said, settle } from '../../test-support/render-live.ts';
import type { WmLiveVote } from './wm-live-vote.ts';

declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, body: () => Promise<void> | void) => void;
declare const afterEach: (body: () => Promise<void> | void) => void;

const voteOf = (phone: { el: Element }) => deepQuery<WmLiveVote>(phone.el, 'wm-live-vote')!;
const input = (vote: WmLiveVote, value: string) => vote.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${value}"]`)!;
const status = (vote: WmLiveVote) => said(vote.shadowRoot!.querySelector('[role="status"]'));
const problem = (vote: WmLiveVote) => said(vote.shadowRoot!.querySelector('[role="alert"]'));
const checked = (vote: WmLiveVote) => [...vote.shadowRoot!.querySelectorAll<HTMLInputElement>('input')].filter((box) => box.checked).map((box) => box.value);

describe('<wm-live-vote>', () => {
  afterEach(() => setLiveLanguage('en'));

  it('votes for a dialogue choice with one tap, says it is sending, then that it counts', async () => {
    const phone = await phoneShowing(PARTICIPANT.dialogue());
    phone.connection.hold();
    const vote = voteOf(phone);
    expect(status(vote)).to.equal('');
    input(vote, 'tell').click();
    await vote.updateComplete;
    expect(phone.connection.sent).to.deep.equal([{ type: 'vote', answer: { kind: 'choice', choiceId: 'tell' } }]);
    expect(status(vote)).to.equal('Sending your vote…');
    expect(vote.shadowRoot!.querySelector('fieldset')!.getAttribute('aria-busy')).to.equal('true');
    await audit(vote, 'sending');
    phone.connection.answer();
    await waitUntil(() => status(vote) !== 'Sending your vote…', 'answered');
    expect(status(vote)).to.equal('Your vote: “Third time this week.” You can change it until the votes are shown.');
    expect(checked(vote)).to.deep.equal(['tell']);
    await audit(vote, 'voted');
  });

  it('votes with the keyboard: one tab stop for the choices, Space to pick, arrow keys to change', async () => {
    const phone = await phoneShowing(PARTICIPANT.dialogue());
    const vote = voteOf(phone);
    expect(said(deepActiveElement())).to.equal('Late again');
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(input(vote, 'ask'));
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => phone.connection.sent.length === 2, 'both votes sent');
    expect(phone.connection.sent.map((message) => message.type === 'vote' && message.answer)).to.deep.equal([
      { kind: 'choice', choiceId: 'ask' },
      { kind: 'choice', choiceId: 'tell' },
    ]);
    expect(deepActiveElement()).to.equal(input(vote, 'tell'));
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.localName, 'the choices are one tab stop').not.to.equal('input');
  });

  it('sends only the newest pick once the vote on its way is answered, and keeps focus on the radio', async () => {
    const phone = await phoneShowing(PARTICIPANT.dialogue());
    phone.connection.hold();
    const vote = voteOf(phone);
    input(vote, 'ask').focus();
    input(vote, 'ask').click();
    input(vote, 'tell').click();
    input(vote, 'later').click();
    await vote.updateComplete;
    expect(phone.connection.sent).to.have.length(1);
    expect(input(vote, 'tell').disabled).to.equal(false);
    phone.connection.answer();
    await waitUntil(() => phone.connection.sent.length === 2, 'the newest pick follows');
    expect(phone.connection.sent[1]).to.deep.equal({ type: 'vote', answer: { kind: 'choice', choiceId: 'later' } });
    phone.connection.answer();
    await waitUntil(() => status(vote).startsWith('Your vote:'), 'answered');
    expect(checked(vote)).to.deep.equal(['later']);
  });

  it('says why a vote was refused and puts the tick back to what the server has', async () => {
    const phone = await phoneShowing(PARTICIPANT.dialogueVoted());
    phone.connection.hold();
    const vote = voteOf(phone);
    expect(status(vote)).to.equal('Your vote: “Third time this week.” You can change it until the votes are shown.');
    input(vote, 'ask').click();
    phone.connection.refuseSend('not-voting');
    await waitUntil(() => problem(vote) !== '', 'the problem is said');
    expect(problem(vote)).to.equal('The votes are closed for this question. Your screen now shows what is on.');
    expect(checked(vote)).to.deep.equal(['tell']);
    await audit(vote, 'refused');
    input(vote, 'later').click();
    phone.connection.refuseSend('offline');
    await waitUntil(() => problem(vote).startsWith('Your phone is not connected'), 'offline');
  });

  it('shows the vote ticked from the view, and asks again in the re-vote round', async () => {
    const voted = await phoneShowing(PARTICIPANT.dialogueVoted());
    expect(checked(voteOf(voted))).to.deep.equal(['tell']);
    voted.connection.emitParticipant(PARTICIPANT.dialogueRevote());
    await settle(voted.el);
    const vote = voteOf(voted);
    expect(checked(vote), 'round 2 starts with nothing picked').to.deep.equal([]);
    expect(said(vote.shadowRoot!.querySelector('.revote'))).to.equal('Vote again after the discussion.');
    await audit(vote, 'round 2');
  });

  it('votes for a single-choice option', async () => {
    const phone = await phoneShowing(PARTICIPANT.single());
    const vote = voteOf(phone);
    expect(said(vote.shadowRoot!.querySelector('legend'))).to.equal('Which comes first in feedback?');
    input(vote, 'b').click();
    await waitUntil(() => phone.connection.sent.length === 1, 'sent');
    expect(phone.connection.sent[0]).to.deep.equal({ type: 'vote', answer: { kind: 'option', optionId: 'b' } });
    await audit(vote, 'single choice');
  });

  it('votes true or false with two big buttons in the session’s words', async () => {
    const phone = await phoneShowing(participantView({ ...PARTICIPANT.trueFalse(), locale: 'nl' }));
    const vote = voteOf(phone);
    await waitUntil(() => said(vote.shadowRoot!.querySelector('.options')) === 'Juist Fout', 'Dutch labels');
    input(vote, 'false').click();
    await waitUntil(() => phone.connection.sent.length === 1, 'sent');
    expect(phone.connection.sent[0]).to.deep.equal({ type: 'vote', answer: { kind: 'true-false', value: false } });
    const [yes, no] = [...vote.shadowRoot!.querySelectorAll('label')].map((label) => label.getBoundingClientRect());
    expect(yes!.top, 'side by side').to.equal(no!.top);
    await audit(vote, 'true-false');
  });

  it('sends the ticked options of a multiple-response item in the item’s order, with Send', async () => {
    const phone = await phoneShowing(PARTICIPANT.multiple());
    phone.connection.hold();
    const vote = voteOf(phone);
    const send = vote.shadowRoot!.querySelector<HTMLButtonElement>('button.send')!;
    send.click();
    await vote.updateComplete;
    expect(problem(vote)).to.equal('Tick at least one answer first.');
    expect(phone.connection.sent).to.have.length(0);
    input(vote, 'd').click();
    input(vote, 'a').click();
    await vote.updateComplete;
    expect(problem(vote)).to.equal('');
    expect(status(vote)).to.equal('Not sent yet: press Send to count these answers.');
    send.focus();
    await sendKeys({ press: 'Enter' });
    await vote.updateComplete;
    expect(phone.connection.sent).to.deep.equal([{ type: 'vote', answer: { kind: 'options', optionIds: ['a', 'd'] } }]);
    expect(send.getAttribute('aria-disabled')).to.equal('true');
    expect(deepActiveElement(), 'Send keeps the focus while it waits').to.equal(send);
    send.click();
    expect(phone.connection.sent, 'no second send while one is on its way').to.have.length(1);
    await audit(vote, 'multiple response sending');
    phone.connection.answer();
    phone.connection.emitParticipant(participantView({ ...PARTICIPANT.multiple(), revision: 8, myVote: { kind: 'options', optionIds: ['a', 'd'] } }));
    await waitUntil(() => send.getAttribute('aria-disabled') === 'false', 'answered');
    expect(status(vote)).to.equal('Your vote: “Specific, About behaviour” You can change it until the votes are shown.');
    expect(checked(vote)).to.deep.equal(['a', 'd']);
    expect(multipleResponse.options.map((option) => option.id)).to.deep.equal(['a', 'b', 'c', 'd']);
  });
});
