/**
 * A module's card art (`card` in module.yaml) on the welcome screen's cards and the module's
 * start screen, and the course's cover at the course end: decorative (alt=""), lazy and sized, so it neither speaks twice to a screen
 * reader, nor delays the first screen, nor shifts the cards when it arrives, nor pushes a
 * 320 px page sideways.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { ModuleCard } from '../../runtime/module-report.ts';
import { expectAccessible } from '../../test-support/axe.ts';
import '../wm-course-end/wm-course-end.ts';
import type { WmCourseEnd } from '../wm-course-end/wm-course-end.ts';
import '../wm-module-start/wm-module-start.ts';
import type { WmModuleStart } from '../wm-module-start/wm-module-start.ts';
import './wm-welcome.ts';
import type { WmWelcome } from './wm-welcome.ts';

const ART = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 160"><circle cx="160" cy="80" r="60" fill="#1f9e89"/></svg>')}`;

const card = (id: string, number: number, art?: string): ModuleCard => ({
  id,
  number,
  title: `Module ${id}`,
  summary: 'What the module is about.',
  objectives: ['Do one thing well.'],
  estimate: 20,
  ...(art ? { art } : {}),
  done: 0,
  total: 3,
  status: 'not-started',
});

function expectDecorativeArt(img: HTMLImageElement | null): void {
  expect(img, 'the card art').to.exist;
  expect(img!.getAttribute('alt')).to.equal('');
  expect(img!.getAttribute('loading')).to.equal('lazy');
  expect(img!.getAttribute('width')).to.equal('320');
  expect(img!.getAttribute('height')).to.equal('160');
}

describe('module card art', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('tops a module card on the welcome screen, and only where the module has art', async () => {
    const el = await fixture<WmWelcome>(html`<wm-welcome .courseTitle=${'A course'} .modules=${[card('a', 1, ART), card('b', 2)]}></wm-welcome>`);
    const cards = [...el.shadowRoot!.querySelectorAll('.module-card')];
    expectDecorativeArt(cards[0]!.querySelector('img'));
    // The art comes first in the card, before its heading, as a picture on top of a card does.
    expect(cards[0]!.firstElementChild!.tagName).to.equal('IMG');
    expect(cards[1]!.querySelector('img')).to.equal(null);
    await expectAccessible(el, 'welcome with card art');
  });

  it('opens the module start screen', async () => {
    const el = await fixture<WmModuleStart>(html`<wm-module-start .card=${card('a', 1, ART)}></wm-module-start>`);
    expectDecorativeArt(el.shadowRoot!.querySelector('img.art'));
    await expectAccessible(el, 'module start with art');
  });

  it('frames the course end with the course cover, decorative', async () => {
    const result = { complete: true, passed: true, score: 100, passMark: 80, scored: true };
    const el = await fixture<WmCourseEnd>(html`<wm-course-end .modules=${[card('a', 1)]} .result=${result} .cover=${ART}></wm-course-end>`);
    const img = el.shadowRoot!.querySelector('img.art')!;
    expect(img.getAttribute('alt')).to.equal('');
    expect(img.getAttribute('width')).to.equal('960');
    await expectAccessible(el, 'course end with cover');
  });

  it('does not push a 320 px page sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<WmWelcome>(html`<wm-welcome .courseTitle=${'A course'} .modules=${[card('a', 1, ART)]}></wm-welcome>`);
    const img = el.shadowRoot!.querySelector('img')!;
    const box = el.shadowRoot!.querySelector('.module-card')!.getBoundingClientRect();
    expect(img.getBoundingClientRect().right).to.be.at.most(box.right + 0.5);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });
});
