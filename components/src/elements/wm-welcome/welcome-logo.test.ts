/**
 * The school's logo on the welcome screen (docs/theming.md): shown from the theme's custom
 * properties the build writes on the page's root, sized by the logo's proportions, and taking no
 * room at all in a course without a theme.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { expectAccessible } from '../../test-support/axe.ts';
import './wm-welcome.ts';
import type { WmWelcome } from './wm-welcome.ts';

const LOGO = `url("data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><rect width="120" height="40" fill="#0e6371"/></svg>')}")`;

const logoBox = (el: WmWelcome): DOMRect => el.shadowRoot!.querySelector('.logo')!.getBoundingClientRect();

describe('<wm-welcome> logo', () => {
  afterEach(() => {
    document.documentElement.style.removeProperty('--wm-theme-logo');
    document.documentElement.style.removeProperty('--wm-theme-logo-ratio');
  });

  it('takes no room without a theme', async () => {
    const el = await fixture<WmWelcome>(html`<wm-welcome .courseTitle=${'A course'} .modules=${[]}></wm-welcome>`);
    const box = logoBox(el);
    expect([box.width, box.height]).to.deep.equal([0, 0]);
  });

  it("shows the theme's logo at its own proportions, 3 rem high", async () => {
    document.documentElement.style.setProperty('--wm-theme-logo', LOGO);
    document.documentElement.style.setProperty('--wm-theme-logo-ratio', '3');
    const el = await fixture<WmWelcome>(html`<wm-welcome .courseTitle=${'A course'} .modules=${[]}></wm-welcome>`);
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    const box = logoBox(el);
    expect(box.height).to.equal(3 * rem);
    expect(box.width).to.equal(9 * rem);
    expect(getComputedStyle(el.shadowRoot!.querySelector('.logo')!).backgroundImage).to.contain('data:image/svg+xml');
    await expectAccessible(el, 'welcome with a logo');
  });
});
