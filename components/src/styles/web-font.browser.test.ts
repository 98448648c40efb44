/**
 * The web font switches on only after the learner's first tap or key press has done what it
 * does: switched on at the press, the new letter widths moved the buttons under the pointer, the
 * release landed elsewhere and the first click of a visit was lost.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { useWebFont, WEB_FONT_PROPERTY } from './web-font.ts';

const FONTS = new URL('/components/public/fonts/', location.href);

describe('web font', () => {
  afterEach(() => document.documentElement.style.removeProperty(WEB_FONT_PROPERTY));

  it('switches on after the first click was handled, not before', async () => {
    let fontAtClick: string | undefined;
    const button = await fixture<HTMLButtonElement>(
      html`<button style="font-size: 2rem" @click=${() => (fontAtClick = document.documentElement.style.getPropertyValue(WEB_FONT_PROPERTY))}>Start the course</button>`,
    );
    const on = useWebFont({ base: FONTS });
    // The font file loads first; the switch waits for input.
    await document.fonts.ready;
    const box = button.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    expect(await on).to.equal(true);
    expect(fontAtClick, 'the click reached the button').to.equal('');
    expect(document.documentElement.style.getPropertyValue(WEB_FONT_PROPERTY)).to.contain('Inter');
  });
});
