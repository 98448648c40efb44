import { fixtureCleanup, waitUntil } from '@open-wc/testing';
import { expectNoSidewaysScroll, REFLOW_CASES, resetReflow, useReflowCase } from '../../test-support/reflow.ts';
import { ELEMENT_LOAD, heading, mount, root } from './test-driver.ts';

declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, body: () => Promise<void> | void) => void;
declare const beforeEach: (body: () => Promise<void> | void) => void;
declare const afterEach: (body: () => Promise<void> | void) => void;

/** The shell's screens, by hash, with the heading each shows (the welcome's is its own). */
const SCREENS: [string, string | undefined][] = [
  ['~welcome', undefined],
  ['welcome/intro', 'Why mentoring matters'],
  ['welcome/think', undefined],
  ['finish/certificate', undefined],
];

describe('<wm-course> reflow', () => {
  beforeEach(() => {
    localStorage.clear();
  });
  afterEach(async () => {
    document.querySelectorAll('wm-course').forEach((e) => e.remove());
    fixtureCleanup();
    history.replaceState(null, '', location.pathname);
    await resetReflow();
  });

  for (const c of REFLOW_CASES) {
    it(`fits ${c.name}: the welcome with its language choice, activities, the certificate and the open contents`, async () => {
      await useReflowCase(c);
      for (const [at, title] of SCREENS) {
        const { el } = await mount({ at });
        if (title) await waitUntil(() => heading(el)?.textContent === title, `${at} never showed`, ELEMENT_LOAD);
        await expectNoSidewaysScroll(el, at);
        const toggle = root(el).querySelector<HTMLButtonElement>('button.toc-toggle');
        if (toggle && getComputedStyle(toggle).display !== 'none') {
          toggle.click();
          await expectNoSidewaysScroll(el, `${at}, contents open`);
        }
        el.remove();
      }
    });
  }
});
