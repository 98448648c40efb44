/**
 * chart.js with only what the dashboard draws: bar charts (vertical, horizontal, stacked) on
 * category and linear axes, with a legend and tooltips. chart.js 4 is tree-shakable when its
 * parts are registered one by one, so the line, pie and radar code never reaches the bundle.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export { Chart };
export type { ChartConfiguration, Plugin } from 'chart.js';
