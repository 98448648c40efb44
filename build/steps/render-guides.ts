/**
 * The facilitator guide per locale (build/guide/), kept in memory like the packages until the
 * last step writes it beside them, with the printable templates it links to (emit-templates.ts). It covers the whole course even with `--split modules`:
 * a trainer plans the sessions of every module from one document.
 */
import type { BuildStep } from '../context.ts';
import { guideTextFor } from '../guide/guide-text.ts';
import { guideFileName, renderGuide } from '../guide/render-guide.ts';

export function renderGuides(): BuildStep {
  return {
    name: 'render facilitator guides',
    async run(ctx) {
      const course = ctx.course!;
      for (const locale of ctx.config.locales ?? course.source.locales) {
        const data = course.data[locale];
        if (!data) throw new Error(`Locale "${locale}" is not one of the course's locales (${course.source.locales.join(', ')}).`);
        if (guideTextFor(locale).english) ctx.log(`warning GuideTextMissing build/guide/guide-text.ts: the facilitator guide's headings have no "${locale}" entry, so the ${locale} guide has English headings; add one to GUIDE_TEXT to translate them.`);
        const fileName = guideFileName(data);
        const html = renderGuide({ data, notes: course.facilitator[locale] ?? {}, templates: course.templates[locale] ?? [] });
        ctx.guides.push({ locale, fileName, html: Buffer.from(html) });
        ctx.progress(`guide: ${fileName}`);
      }
    },
  };
}
