/**
 * The facilitator guide: one self-contained, printable HTML page per locale for trainers who run
 * the modules live. Per module: title, summary, objectives with their competences, the
 * facilitator notes (minutes, the timed session plan, discussion questions, what to watch for,
 * the printable templates its pages link to, the public sources behind its facts) and an outline
 * of the activities. At the end, every printable template (beside the guide in `templates/`) and
 * every source of the course. It is the only place the notes go: learners' packages do not carry them.
 *
 * No scripts, no external files (it is opened from disk or printed); every course text is
 * escaped (it is author input); headings go h1 → h2 → h3 → h4 without gaps.
 */
import type { CourseData, ModuleData } from '../../course/schema/course-data.ts';
import type { Id } from '../../course/schema/ids.ts';
import type { FacilitatorNotes, SessionStep, Source } from '../../course/schema/module.ts';
import type { PrintableTemplate } from '../load/load-templates.ts';
import { templatePath } from '../load/template-links.ts';
import type { FinalAssessment } from '../../course/schema/final-assessment.ts';
import { outlineActivity } from './activity-outline.ts';
import { guideTextFor, type GuideText } from './guide-text.ts';
import { escapeHtml as e } from './html-escape.ts';

export interface GuideInput {
  /** The course in the guide's locale. */
  data: CourseData;
  /** Facilitator notes by module id, in the same locale. */
  notes: Readonly<Record<Id, FacilitatorNotes>>;
  /** The printable templates in the same locale (written beside the guide in `templates/`). */
  templates?: readonly Pick<PrintableTemplate, 'id' | 'title' | 'modules'>[];
}

interface NumberedModule {
  module: ModuleData;
  number: number;
  anchor: string;
  notes: FacilitatorNotes | undefined;
}

/** `<course-id>-<version>-facilitator-guide-<locale>.html`, beside the packages. */
export const guideFileName = (data: Pick<CourseData, 'id' | 'version' | 'locale'>): string =>
  `${data.id}-${data.version}-facilitator-guide-${data.locale}.html`;

export function renderGuide({ data, notes, templates = [] }: GuideInput): string {
  const text = guideTextFor(data.locale).entry;
  const title = `${text.guideTitle}: ${data.title}`;
  const competences = new Map(data.competences.map((c) => [c.id, c.title]));
  const modules: NumberedModule[] = data.modules.map((module, index) => ({ module, number: index + 1, anchor: `module-${module.id}`, notes: notes[module.id] }));
  const numbers = new Map(modules.map((m) => [m.module.id, m.number]));
  const moduleList = (ids: Iterable<Id>) => [...ids].map((id) => text.moduleNumber(numbers.get(id) ?? 0)).join(', ');
  const linked = (templates: readonly Pick<PrintableTemplate, 'id' | 'title'>[]) =>
    templates.map((t) => ({ title: t.title, href: templatePath(t.id, data.locale) }));
  const sources = courseSources(modules);
  const appendix = [
    ...(templates.length ? [{ id: 'printable-templates', title: text.templates }] : []),
    ...(sources.length ? [{ id: 'course-sources', title: text.courseSources }] : []),
  ];
  return `<!doctype html>
<html lang="${e(data.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${STYLES}</style>
</head>
<body>
<header>
<h1>${e(title)}</h1>
<p class="description">${e(data.description)}</p>
<p class="meta">${e(text.version(data.version))}</p>
</header>
<main>
<nav aria-labelledby="contents">
<h2 id="contents">${e(text.contents)}</h2>
<ol>
${modules.map((m) => `<li><a href="#${e(m.anchor)}">${e(text.moduleNumber(m.number))}: ${e(m.module.title)}</a></li>`).join('\n')}
${appendix.map((a) => `<li><a href="#${e(a.id)}">${e(a.title)}</a></li>`).join('\n')}
</ol>
</nav>
${overview(modules, text)}
${modules
  .map((m) => moduleSection(m, linked(templates.filter((t) => t.modules.includes(m.module.id))), competences, text, data.finalAssessment))
  .join('\n')}
${templates.length ? templatesSection(templates, data.locale, moduleList, text) : ''}
${sources.length ? sourcesSection(sources, moduleList, text) : ''}
</main>
</body>
</html>
`;
}

function overview(modules: NumberedModule[], text: GuideText): string {
  const total = modules.reduce((sum, m) => sum + (m.notes?.minutes ?? 0), 0);
  return `<section aria-labelledby="overview">
<h2 id="overview">${e(text.overview)}</h2>
<table class="overview">
<thead><tr><th scope="col">${e(text.module)}</th><th scope="col" class="number">${e(text.minutes)}</th></tr></thead>
<tbody>
${modules.map((m) => `<tr><th scope="row">${e(text.moduleNumber(m.number))}: ${e(m.module.title)}</th><td class="number">${m.notes ? e(m.notes.minutes) : '–'}</td></tr>`).join('\n')}
</tbody>
<tfoot><tr><th scope="row">${e(text.total)}</th><td class="number">${e(total)}</td></tr></tfoot>
</table>
</section>`;
}

function moduleSection(
  { module, number, anchor, notes }: NumberedModule,
  templates: readonly { title: string; href: string }[],
  competences: ReadonlyMap<string, string>,
  text: GuideText,
  final?: FinalAssessment,
): string {
  const objectives = module.objectives
    .map((o) => {
      const names = o.competences.map((id) => competences.get(id) ?? id).join('; ');
      return `<li>${e(o.text)}<br><span class="competences">${e(text.competences)}: ${e(names)}</span></li>`;
    })
    .join('\n');
  const templatesHtml = templates.length
    ? `<h4>${e(text.templates)}</h4>
<ul class="templates">
${templates.map((t) => `<li><a href="${e(t.href)}">${e(t.title)}</a> <span class="url">${e(t.href)}</span></li>`).join('\n')}
</ul>`
    : '';
  const notesHtml = notes
    ? [
        `<p class="minutes">${e(text.sessionLength(notes.minutes))}</p>`,
        notes.sessionPlan ? sessionPlanTable(notes.sessionPlan, text) : '',
        `<h4>${e(text.questions)}</h4>
<ol>
${notes.questions.map((q) => `<li>${e(q)}</li>`).join('\n')}
</ol>
<h4>${e(text.watchFor)}</h4>
<ul>
${notes.watchFor.map((w) => `<li>${e(w)}</li>`).join('\n')}
</ul>`,
        templatesHtml,
        notes.sources ? `<h4>${e(text.sources)}</h4>\n${sourceList(notes.sources)}` : '',
      ]
        .filter(Boolean)
        .join('\n')
    : [`<p>${e(text.noNotes)}</p>`, templatesHtml].filter(Boolean).join('\n');
  const rows = module.activities
    .map((activity, index) => {
      const isFinal = final?.activity === `${module.id}/${activity.id}`;
      const o = outlineActivity(activity, text, isFinal ? final : undefined);
      const type = o.optional ? `${o.type} (${text.optional})` : o.type;
      const facts = o.facts.length ? `<ul class="facts">${o.facts.map((f) => `<li>${e(f)}</li>`).join('')}</ul>` : '';
      return `<tr><td class="number">${index + 1}</td><th scope="row">${e(o.title)}</th><td>${e(type)}</td><td>${facts}</td></tr>`;
    })
    .join('\n');
  return `<section class="module" aria-labelledby="${e(anchor)}">
<h2 id="${e(anchor)}">${e(text.moduleNumber(number))}: ${e(module.title)}</h2>
<p class="summary">${e(module.summary)}</p>
<h3>${e(text.objectives)}</h3>
<ul class="objectives">
${objectives}
</ul>
<h3>${e(text.facilitatorNotes)}</h3>
${notesHtml}
<h3>${e(text.activities)}</h3>
<table class="activities">
<thead><tr><th scope="col" class="number">#</th><th scope="col">${e(text.activity)}</th><th scope="col">${e(text.type)}</th><th scope="col">${e(text.details)}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</section>`;
}

/** `h:mm` from the start of the session: 0:00, 0:10, 1:05. */
const clock = (minutes: number): string => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;

/** The session as a timetable from 0:00: when each step starts, how long it takes, what happens; the last row is the end. */
function sessionPlanTable(plan: readonly SessionStep[], text: GuideText): string {
  let at = 0;
  const rows = plan.map((s) => {
    const row = `<tr><td class="clock">${clock(at)}</td><td class="number">${e(s.minutes)}</td><td>${e(s.step)}</td></tr>`;
    at += s.minutes;
    return row;
  });
  return `<h4>${e(text.sessionPlan)}</h4>
<table class="plan">
<thead><tr><th scope="col" class="clock">${e(text.start)}</th><th scope="col" class="number">${e(text.minutes)}</th><th scope="col">${e(text.step)}</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
<tfoot><tr><td class="clock">${clock(at)}</td><td class="number">${e(at)}</td><th scope="row">${e(text.end)}</th></tr></tfoot>
</table>`;
}

/** Sources with their address printed under the title: on paper the link itself is gone. */
function sourceList<S extends Source>(sources: readonly S[], extra: (s: S) => string = () => ''): string {
  return `<ul class="sources">
${sources.map((s) => `<li><a href="${e(s.url)}">${e(s.title)}</a><br><span class="url">${e(s.url)}</span>${extra(s)}</li>`).join('\n')}
</ul>`;
}

interface CourseSource extends Source {
  modules: Id[];
}

/** Every module's sources once (the same address is one source), by title. */
function courseSources(modules: readonly NumberedModule[]): CourseSource[] {
  const byUrl = new Map<string, CourseSource>();
  for (const { module, notes } of modules) {
    for (const source of notes?.sources ?? []) {
      const known = byUrl.get(source.url);
      if (known) {
        if (!known.modules.includes(module.id)) known.modules.push(module.id);
      } else byUrl.set(source.url, { ...source, modules: [module.id] });
    }
  }
  return [...byUrl.values()].sort((a, b) => a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }) || (a.url < b.url ? -1 : 1));
}

function sourcesSection(sources: readonly CourseSource[], moduleList: (ids: Id[]) => string, text: GuideText): string {
  return `<section class="appendix" aria-labelledby="course-sources">
<h2 id="course-sources">${e(text.courseSources)}</h2>
<p>${e(text.courseSourcesIntro)}</p>
${sourceList(sources, (s) => `<br><span class="used-in">${e(text.usedIn(moduleList(s.modules)))}</span>`)}
</section>`;
}

function templatesSection(
  templates: readonly Pick<PrintableTemplate, 'id' | 'title' | 'modules'>[],
  locale: string,
  moduleList: (ids: Id[]) => string,
  text: GuideText,
): string {
  const items = templates.map((t) => {
    const href = templatePath(t.id, locale);
    const used = t.modules.length ? text.usedIn(moduleList(t.modules)) : text.notLinked;
    return `<li><a href="${e(href)}">${e(t.title)}</a><br><span class="url">${e(href)}</span><br><span class="used-in">${e(used)}</span></li>`;
  });
  return `<section class="appendix" aria-labelledby="printable-templates">
<h2 id="printable-templates">${e(text.templates)}</h2>
<p>${e(text.templatesIntro)}</p>
<ul class="templates">
${items.join('\n')}
</ul>
</section>`;
}

// Screen: a readable column. Print: A4, each module on a new page, no heading left alone at the
// bottom of a page, table rows and list items kept whole, links printed as plain text.
const STYLES = `
:root { color-scheme: light; }
body { font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; background: #fff; max-width: 50rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.8rem; line-height: 1.2; margin: 0 0 .5rem; }
h2 { font-size: 1.4rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #1a1a1a; padding-bottom: .2rem; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 .4rem; }
h4 { font-size: 1rem; margin: .9rem 0 .3rem; }
.description { font-size: 1.1rem; margin: 0; }
.meta, .competences { color: #4a4a4a; font-size: .9rem; }
.minutes { font-weight: 600; }
.objectives li, ol li, ul li { margin: .2rem 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid #bbb; }
thead th { border-bottom: 2px solid #1a1a1a; }
tbody th { font-weight: 600; }
.number { text-align: right; width: 3.5rem; }
.overview .number { width: 6rem; }
.facts { list-style: none; margin: 0; padding: 0; }
.plan .clock { width: 4.5rem; font-variant-numeric: tabular-nums; }
.plan .number { width: 5.5rem; }
.plan tfoot td, .plan tfoot th { border-top: 2px solid #1a1a1a; border-bottom: 0; font-weight: 600; }
.url { color: #4a4a4a; font-size: .9rem; overflow-wrap: anywhere; }
.used-in { color: #4a4a4a; font-size: .9rem; }
.sources li, .templates li { margin: .4rem 0; }
a { color: #0b57a4; }
a:focus-visible { outline: 3px solid #0b57a4; outline-offset: 2px; }
@media print {
  @page { size: A4; margin: 18mm 16mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  a { color: inherit; text-decoration: none; }
  .module, .appendix { break-before: page; }
  h2, h3, h4 { break-after: avoid; }
  tr, li { break-inside: avoid; }
  thead { display: table-header-group; }
}
`;
