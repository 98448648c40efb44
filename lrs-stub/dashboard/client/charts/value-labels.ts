/**
 * A chart.js plugin that writes each bar's value at its end, so a chart carries its numbers
 * on a projector or a printout, where nobody hovers for a tooltip. Not for stacked bars, whose
 * thin parts have no room for text (their numbers are in the table beside them).
 */
import type { Plugin } from './chart-kit.ts';

export interface ValueLabelOptions {
  format: (value: number) => string;
  color: string;
  font: string;
}

export function valueLabels(options: ValueLabelOptions): Plugin<'bar'> {
  return {
    id: 'wmValueLabels',
    afterDatasetsDraw(chart) {
      const horizontal = chart.options.indexAxis === 'y';
      const { ctx } = chart;
      ctx.save();
      ctx.fillStyle = options.color;
      ctx.font = options.font;
      ctx.textBaseline = horizontal ? 'middle' : 'bottom';
      chart.data.datasets.forEach((dataset, datasetIndex) => {
        const meta = chart.getDatasetMeta(datasetIndex);
        if (meta.hidden) return;
        meta.data.forEach((bar, index) => {
          const value = dataset.data[index];
          if (typeof value !== 'number') return;
          const { x, y, base } = bar.getProps(['x', 'y', 'base'], true) as { x: number; y: number; base: number };
          // A negative bar's label goes on the positive side of zero, where this bar leaves room,
          // not past its end, where the category names are.
          ctx.textAlign = horizontal ? 'left' : 'center';
          if (horizontal) ctx.fillText(options.format(value), (value < 0 ? base : x) + 4, y);
          else ctx.fillText(options.format(value), x, (value < 0 ? base : y) - 3);
        });
      });
      ctx.restore();
    },
  };
}
