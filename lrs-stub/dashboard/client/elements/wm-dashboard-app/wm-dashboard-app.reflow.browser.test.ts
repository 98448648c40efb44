import { fixture, html, waitUntil } from '@open-wc/testing';
import { expectNoSidewaysScroll, REFLOW_CASES, resetReflow, useReflowCase } from '../../../../../components/src/test-support/reflow.ts';
import { fixtureApi } from '../../test-support/fixture-api.ts';
import './wm-dashboard-app.ts';
import type { WmDashboardApp } from './wm-dashboard-app.ts';

declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, body: () => Promise<void> | void) => void;
declare const afterEach: (body: () => Promise<void> | void) => void;

const testPage = `${location.pathname}${location.search}`;
// Not a live session's console: it would open a real socket (its own tests give it a fake one).
const PAGES = ['/dashboard', '/dashboard/items', '/dashboard/dialogues', '/dashboard/feedback', '/dashboard/learners', '/dashboard/learners/l-1', '/dashboard/live', '/register'];

/** True once no region anywhere in the app is still loading. */
function settled(app: WmDashboardApp): boolean {
  let busy = false;
  const walk = (root: ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.getAttribute('aria-busy') === 'true') busy = true;
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(app.shadowRoot!);
  return !busy && app.shadowRoot!.querySelector('main > :not(p.muted)') !== null;
}

describe('<wm-dashboard-app> reflow', () => {
  afterEach(async () => {
    history.replaceState(null, '', testPage);
    await resetReflow();
  });

  for (const c of REFLOW_CASES) {
    it(`fits ${c.name} on every page, wide tables scrolling in their own box`, async () => {
      await useReflowCase(c);
      for (const page of [...PAGES, '/dashboard?login']) {
        history.replaceState(null, '', page.replace('?login', ''));
        const api = fixtureApi({ loggedIn: !page.endsWith('?login') });
        const app = await fixture<WmDashboardApp>(html`<wm-dashboard-app .api=${api.client()}></wm-dashboard-app>`);
        await waitUntil(() => settled(app), `${page} has loaded`);
        await expectNoSidewaysScroll(app, page);
      }
    });
  }
});
