/**
 * After emit content: the printable templates (build/templates/), one standalone HTML page per
 * template and locale at `templates/<id>.<locale>.html`. Added to every package unit's content, so manifests
 * list them and pages' `template:` links find them (also with `--split modules`: a module package
 * keeps every template, a mentor needs the forms whatever module they took), and kept for
 * `write dist` to put beside the facilitator guides.
 */
import type { BuildStep, FileSet } from '../context.ts';
import { templatePath } from '../load/template-links.ts';
import { renderTemplatePage } from '../templates/render-template.ts';
import { templateTextFor } from '../templates/template-text.ts';

export function emitTemplates(): BuildStep {
  return {
    name: 'emit printable templates',
    async run(ctx) {
      const course = ctx.course!;
      const files: FileSet = new Map();
      for (const locale of ctx.config.locales ?? course.source.locales) {
        const data = course.data[locale];
        if (!data) throw new Error(`Locale "${locale}" is not one of the course's locales (${course.source.locales.join(', ')}).`);
        const templates = course.templates[locale] ?? [];
        if (templates.length && templateTextFor(locale).english) ctx.log(`warning TemplateTextMissing build/templates/template-text.ts: the printable templates' print hint has no "${locale}" entry, so it shows in English; add one to TEMPLATE_TEXT to translate it.`);
        for (const template of templates) {
          const fileName = templatePath(template.id, locale);
          const html = Buffer.from(renderTemplatePage({ locale, courseTitle: data.title, template }));
          files.set(fileName, html);
          ctx.templates.push({ locale, id: template.id, fileName, html });
        }
      }
      for (const unit of ctx.units) {
        const content = ctx.content.get(unit.id);
        if (!content) throw new Error(`No content for package unit "${unit.id}": emit content must run first.`);
        for (const [p, bytes] of files) content.set(p, bytes);
      }
      if (files.size > 0) ctx.progress(`templates: ${files.size} page(s)`);
    },
  };
}
