/**
 * Scripts evaluated in the built dashboard's page by the screenshot tool and the end-to-end
 * tests, as strings: page.evaluate runs them as a CDP evaluation, which the dashboard's
 * Content-Security-Policy does not block, unlike the eval behind waitForFunction.
 */

/** Everything loaded: the app has drawn a page, no region anywhere in the shadow roots is busy, every chart is drawn. */
export const DASHBOARD_SETTLED = `(() => {
  const all = [];
  const walk = (root) => { for (const el of root.querySelectorAll('*')) { all.push(el); if (el.shadowRoot) walk(el.shadowRoot); } };
  walk(document);
  const app = all.find((el) => el.localName === 'wm-dashboard-app');
  if (!app || !app.shadowRoot.querySelector('main > *')) return false;
  if (all.some((el) => el.getAttribute('aria-busy') === 'true')) return false;
  return all.filter((el) => el.localName === 'wm-chart').every((chart) => chart.instance);
})()`;
