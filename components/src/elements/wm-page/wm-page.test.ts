import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { setUiLanguage } from '../../i18n/i18n.ts';
import { expectAccessible } from '../../test-support/axe.ts';
import { page } from './test-data.ts';
import './wm-page.ts';
import type { WmPage } from './wm-page.ts';

// Mocha globals from @web/test-runner (the project tsconfig loads no mocha types).
declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, body: () => Promise<void> | void) => void;
declare const afterEach: (body: () => Promise<void> | void) => void;

async function renderPage(): Promise<WmPage> {
  return fixture<WmPage>(html`<wm-page .activity=${page}></wm-page>`);
}

const shadow = (el: WmPage): ShadowRoot => el.shadowRoot!;

describe('<wm-page>', () => {
  afterEach(async () => {
    await setUiLanguage('en');
    await setViewport({ width: 800, height: 600 });
  });

  it('renders the page HTML with its headings, list, image, table and link', async () => {
    const el = await renderPage();
    const root = shadow(el);
    expect(root.querySelector('h3')!.textContent).to.equal('Your three roles');
    expect(root.querySelectorAll('li')).to.have.length(3);
    expect(root.querySelector('img')!.alt).to.contain('three-way agreement');
    expect(root.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/mentoring-guide');
    expect(root.querySelector('h2')).to.equal(null);
    await expectAccessible(el, 'page with headings, list, image, table and link');
  });

  it('wraps each table in a named, focusable region that scrolls on its own', async () => {
    const el = await renderPage();
    const regions = [...shadow(el).querySelectorAll<HTMLElement>('.table-scroll')];
    expect(regions).to.have.length(2);
    expect(regions[0]!.getAttribute('role')).to.equal('region');
    expect(regions[0]!.getAttribute('aria-label')).to.equal('Table: Who does what');
    expect(regions[1]!.getAttribute('aria-label')).to.equal('Table');
    expect(regions[0]!.querySelector('table caption')!.textContent).to.equal('Who does what');
    expect(regions[0]!.tabIndex).to.equal(0);
  });

  it('reaches the link and then the scrollable table with the keyboard', async () => {
    const el = await renderPage();
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement?.localName).to.equal('a');
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement?.classList.contains('table-scroll')).to.equal(true);
  });

  it('underlines links so they do not rely on colour alone', async () => {
    const el = await renderPage();
    const link = shadow(el).querySelector('a')!;
    expect(getComputedStyle(link).textDecorationLine).to.equal('underline');
  });

  it('has no horizontal overflow on a 320 px wide screen; the wide table scrolls inside its box', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await renderPage();
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    const region = shadow(el).querySelector<HTMLElement>('.table-scroll')!;
    expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
    expect(shadow(el).querySelector('img')!.getBoundingClientRect().width).to.be.at.most(el.clientWidth);
    await expectAccessible(el, 'page at 320 px');
  });

  it('names the table regions in the interface language', async () => {
    const el = await renderPage();
    await setUiLanguage('nl');
    await el.updateComplete;
    expect(shadow(el).querySelector('.table-scroll')!.getAttribute('aria-label')).to.equal('Tabel: Who does what');
    await setUiLanguage('nb');
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('.table-scroll')[1]!.getAttribute('aria-label')).to.equal('Tabell');
    await expectAccessible(el, 'page in Norwegian');
  });
});
