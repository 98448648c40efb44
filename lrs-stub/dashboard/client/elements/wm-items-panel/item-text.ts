/**
 * How the item analysis reads: a statistic with a value is a percentage, one without says
 * why ("needs 2 attempts"), never a bare dash or a 0 that looks like a result; a flag says
 * which statistic crossed which threshold and what Moodle makes of it.
 */
import { html, type TemplateResult } from 'lit';
import type { ItemFlag } from '../../../../analytics/item-flags.ts';
import type { Measure } from '../../../../analytics/measure.ts';
import type { DashboardLocalizeController } from '../../i18n/dashboard-localize-controller.ts';

/** A statistic in % (or a dash with the reason it has no value). */
export function measureText(i18n: DashboardLocalizeController, measure: Measure): TemplateResult | string {
  if (measure.value !== null) return i18n.format.percent(measure.value);
  return html`–<span class="why"> ${i18n.t(`items.undefined.${measure.reason}`)}</span>`;
}

/** What a flag means, with its value and threshold in %. */
export function flagText(i18n: DashboardLocalizeController, flag: ItemFlag): string {
  return i18n.t(`items.flags.${flag.reason}`, { value: i18n.format.percent(flag.value), threshold: i18n.format.percent(flag.threshold) });
}
