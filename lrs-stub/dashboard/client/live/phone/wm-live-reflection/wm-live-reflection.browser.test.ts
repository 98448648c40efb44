import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { audit } from '../../../test-support/render.ts';
import { PARTICIPANT, participantView, reflection } from '../../test-support/live-view-fixtures.ts';
import { deepActiveElement, deepQuery, phoneShowing, said, settle } from '../../test-support/render-live.ts';
import type { WmLiveReflection } from './wm-live-reflection.ts';

declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, body: () => Promise<void> | void) => void;

const reflectionOf = (el: Element) => deepQuery<WmLiveReflection>(el, 'wm-live-reflection')!;
const inside = <T extends Element = HTMLElement>(el: WmLiveReflection, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;

async function write(el: WmLiveReflection, text: string): Promise<void> {
  inside(el, 'textarea').focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('<wm-live-reflection>', () => {
  it('shows the prompt as the label, its hint, the characters left and the wall', async () => {
    const { el } = await phoneShowing(PARTICIPANT.reflection());
    const box = reflectionOf(el);
    expect(said(inside(box, 'label[for="answer"]'))).to.equal('A moment you gave feedback that worked.');
    expect(said(inside(box, '#hint'))).to.equal('What did you say, and what happened next?');
    expect(inside<HTMLTextAreaElement>(box, 'textarea').maxLength).to.equal(200);
    expect(inside(box, 'textarea').getAttribute('aria-describedby')).to.equal('hint counter problem');
    expect(said(inside(box, '#counter'))).to.equal('200 characters left.');
    expect([...box.shadowRoot!.querySelectorAll('.wall li')].map((entry) => entry.textContent)).to.deep.equal(['I asked first and listened.', 'Short and on the spot.\nIt worked.']);
    await audit(box, 'empty');
  });

  it('sends an answer anonymously, says the facilitator picks what the wall shows, and takes another', async () => {
    const phone = await phoneShowing(PARTICIPANT.reflection());
    phone.connection.hold();
    const box = reflectionOf(phone.el);
    await write(box, '  I named what I saw.  ');
    expect(said(inside(box, '#counter'))).to.equal('177 characters left.');
    const send = inside<HTMLButtonElement>(box, 'button');
    send.focus();
    await sendKeys({ press: 'Enter' });
    await box.updateComplete;
    expect(phone.connection.sent).to.deep.equal([{ type: 'submit', text: 'I named what I saw.' }]);
    expect(send.getAttribute('aria-disabled')).to.equal('true');
    expect(said(send)).to.equal('Sending…');
    expect(deepActiveElement()).to.equal(send);
    send.click();
    expect(phone.connection.sent, 'one at a time').to.have.length(1);
    phone.connection.answer();
    await waitUntil(() => said(inside(box, '[role="status"]')) !== '', 'sent');
    expect(said(inside(box, '[role="status"]'))).to.equal('Sent anonymously; the facilitator chooses what the wall shows. You can send another answer.');
    expect(inside<HTMLTextAreaElement>(box, 'textarea').value).to.equal('');
    expect(send.getAttribute('aria-disabled')).to.equal('false');
    await audit(box, 'sent');
    await write(box, 'And a second one.');
    expect(said(inside(box, '[role="status"]')), 'the confirmation goes once typing starts again').to.equal('');
    inside<HTMLButtonElement>(box, 'button').click();
    await waitUntil(() => phone.connection.sent.length === 2, 'a second answer');
  });

  it('asks for text before sending, and keeps the text when the session refuses it', async () => {
    const phone = await phoneShowing(PARTICIPANT.reflection());
    phone.connection.hold();
    const box = reflectionOf(phone.el);
    inside<HTMLButtonElement>(box, 'button').click();
    await box.updateComplete;
    expect(said(inside(box, '[role="alert"]'))).to.equal('Write something first.');
    expect(deepActiveElement()).to.equal(inside(box, 'textarea'));
    expect(phone.connection.sent).to.have.length(0);
    await write(box, 'Too long for the wall');
    expect(said(inside(box, '[role="alert"]'))).to.equal('');
    inside<HTMLButtonElement>(box, 'button').click();
    phone.connection.refuseSend('text-too-long');
    await waitUntil(() => said(inside(box, '[role="alert"]')) !== '', 'refused');
    expect(said(inside(box, '[role="alert"]'))).to.equal('Your answer is too long. Shorten it and send again.');
    expect(inside<HTMLTextAreaElement>(box, 'textarea').value).to.equal('Too long for the wall');
    expect(inside(box, 'textarea').getAttribute('aria-invalid')).to.equal('true');
    await audit(box, 'refused');
    inside<HTMLButtonElement>(box, 'button').click();
    phone.connection.refuseSend('wall-full');
    await waitUntil(() => said(inside(box, '[role="alert"]')).startsWith('The wall is full'), 'wall full');
  });

  it('starts empty at the next prompt, and keeps what is typed when only the wall changes', async () => {
    const phone = await phoneShowing(PARTICIPANT.reflection());
    const box = reflectionOf(phone.el);
    await write(box, 'Half a thought');
    phone.connection.emitParticipant(participantView({ ...PARTICIPANT.reflection(), revision: 9, content: { ...reflection, wall: [] } }));
    await settle(phone.el);
    expect(inside<HTMLTextAreaElement>(box, 'textarea').value).to.equal('Half a thought');
    expect(said(inside(box, '.wall'))).to.equal('On the wall Nothing on the wall yet.');
    phone.connection.emitParticipant(participantView({ ...PARTICIPANT.reflection(), revision: 10, content: { ...reflection, promptId: 'p-next', text: 'What will you try next?', wall: [] } }));
    await settle(phone.el);
    expect(inside<HTMLTextAreaElement>(reflectionOf(phone.el), 'textarea').value).to.equal('');
  });
});
