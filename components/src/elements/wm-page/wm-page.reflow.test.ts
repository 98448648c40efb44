import { fixture, html } from '@open-wc/testing';
import { expectNoSidewaysScroll, REFLOW_CASES, resetReflow, useReflowCase } from '../../test-support/reflow.ts';
import { page } from './test-data.ts';
import './wm-page.ts';
import type { WmPage } from './wm-page.ts';

declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, body: () => Promise<void> | void) => void;
declare const afterEach: (body: () => Promise<void> | void) => void;

/** The test page plus what pushed the real course sideways: a long link and a long compound word. */
const wide = {
  ...page,
  html: `${page.html}<p>See https://www.vlaanderen.be/duaal-leren/werkplekleren-en-mentoropleidingen-voor-werkgevers and the
<strong>arbeidsmarktgerichteopleidingsverantwoordelijkenvergadering</strong>.</p>`,
};

describe('<wm-page> reflow', () => {
  afterEach(resetReflow);

  for (const c of REFLOW_CASES) {
    it(`fits ${c.name}: wide tables scroll in their own box, pictures shrink, long words and links wrap`, async () => {
      await useReflowCase(c);
      await expectNoSidewaysScroll(await fixture<WmPage>(html`<wm-page .activity=${wide}></wm-page>`), 'page');
    });
  }
});
