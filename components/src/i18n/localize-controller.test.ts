import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { customElement } from 'lit/decorators.js';
import { LocalizeController } from './localize-controller.ts';
import { setUiLanguage } from './i18n.ts';
import { expectAccessible } from '../test-support/axe.ts';

@customElement('wm-smoke')
class WmSmoke extends LitElement {
  private readonly i18n = new LocalizeController(this);
  override render() { return litHtml`<button>${this.i18n.t('common.continue')}</button>`; }
}

describe('LocalizeController', () => {
  it('re-renders its host in the new language when the language changes', async () => {
    const el = await fixture<WmSmoke>(html`<wm-smoke></wm-smoke>`);
    expect(el.shadowRoot!.querySelector('button')!.textContent).to.equal('Continue');
    await setUiLanguage('nb');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('button')!.textContent).to.equal('Fortsett');
    await setUiLanguage('en');
    await expectAccessible(el);
  });
});
