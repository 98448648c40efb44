/**
 * cmi5: `cmi5.xml` (course structure) built from typed data.
 *
 * AUs: one for the whole course by default (`cmi5Aus: 'course'`): the player is one course
 * with one resume state and a course-level certificate, and a learner moves between modules
 * freely. `cmi5Aus: 'modules'` (`--cmi5-aus modules`) gives one AU per module launching
 * `index.html?module=<id>`, for an LMS that should track modules separately; its zip is named
 * `…-cmi5-module-aus.zip` so it never overwrites or passes for the one-AU package.
 *
 * AU ids (activity-iri.ts): `<baseIri>/au` for the whole course, `<baseIri>/<module-id>/au` for
 * a module, whether the module is one AU of many or alone in its own package (`--split
 * modules`), so an LMS sees one id per module whichever package it was given. Never the module
 * IRI itself: statements use that for the module's own results.
 *
 * moveOn per reporting mode (the course-status rules, components/src/runtime/course-status.ts):
 * passed-incomplete and passed-failed → `Passed` (passing may come before the last page);
 * completed-incomplete → `Completed`; completed-failed → `CompletedAndPassed` (complete and
 * mastered). `masteryScore` (passMark / 100) is set only where passing counts. A module AU
 * whose module has nothing weighted can never be passed, so it moves on when `Completed`.
 *
 * launchMethod `AnyWindow`: the player works in a frame or a window of its own, so the LMS
 * may choose (Moodle's cmi5 plugin opens a new window either way).
 *
 * The course's competences are the structure's objectives; each AU references those its
 * modules develop. Titles and descriptions are `langstring`s in every packaged locale. The
 * schema (CourseStructure.xsd) ships in no npm package, so none goes into the zip; the tests
 * validate against a reference copy when one is present.
 */
import type { CourseData, ModuleData } from '../../course/schema/course-data.ts';
import type { ReportingMode } from '../../course/schema/course.ts';
import type { ResolvedConfig } from '../config.ts';
import type { LoadedCourse } from '../load/load-course.ts';
import { el, renderXml, type XmlElement } from '../xml/xml-tree.ts';
import { competenceIri, courseAuIri, moduleAuIri } from './activity-iri.ts';
import { launchPage } from './launch-page.ts';
import { descriptions, titles, type LocalText } from './package-text.ts';
import type { Target, TargetInput } from './target.ts';
import { launchIri } from './xapi.ts';

export const CMI5_NS = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';

type MoveOn = 'Passed' | 'Completed' | 'CompletedAndPassed';

export const moveOnFor = (reporting: ReportingMode): MoveOn =>
  reporting === 'completed-incomplete' ? 'Completed' : reporting === 'completed-failed' ? 'CompletedAndPassed' : 'Passed';

const canScore = (module: ModuleData): boolean =>
  module.activities.some((a) => a.weight > 0 && (a.type === 'quiz' || a.type === 'dialogue' || (a.type === 'feedback-exercise' && a.sort !== undefined)));

const text = (name: string, texts: LocalText[]) => el(name, {}, texts.map((t) => el('langstring', { lang: t.locale }, t.text)));

const competencesOf = (modules: ModuleData[]): string[] => [...new Set(modules.flatMap((m) => m.objectives.flatMap((o) => o.competences)))];

/** True when the package gets one AU per module: asked for, and more than one module to split. */
export const hasModuleAus = (input: { config: Pick<ResolvedConfig, 'cmi5Aus'>; course: Pick<LoadedCourse, 'source'> }): boolean =>
  input.config.cmi5Aus === 'modules' && input.course.source.modules.length > 1;

export function cmi5Xml(input: TargetInput): XmlElement {
  const source = input.course.source;
  const data = input.locales.map((locale) => input.course.data[locale]!);
  const byLocale = (pick: (d: CourseData) => string): LocalText[] => input.locales.map((locale, i) => ({ locale, text: pick(data[i]!) }));
  const modules = data[0]!.modules;
  const perModule = hasModuleAus(input);

  const au = (o: { id: string; title: LocalText[]; description: LocalText[]; url: string; modules: ModuleData[] }): XmlElement => {
    const scored = o.modules.some(canScore);
    const moveOn = scored ? moveOnFor(source.reporting) : 'Completed';
    return el(
      'au',
      {
        id: o.id,
        moveOn,
        masteryScore: moveOn === 'Completed' ? undefined : (source.mastery.passMark / 100).toFixed(2),
        launchMethod: 'AnyWindow',
      },
      text('title', o.title),
      text('description', o.description),
      el('objectives', {}, competencesOf(o.modules).map((id) => el('objective', { idref: competenceIri(source, id) }))),
      el('url', {}, o.url),
    );
  };

  const competences = data[0]!.competences;
  return el(
    'courseStructure',
    { xmlns: CMI5_NS },
    el('course', { id: launchIri(input) }, text('title', titles(input)), text('description', descriptions(input))),
    el(
      'objectives',
      {},
      competences.map((c) =>
        el(
          'objective',
          { id: competenceIri(source, c.id) },
          text('title', byLocale((d) => d.competences.find((x) => x.id === c.id)!.title)),
          // A competence has no description of its own; its title says what it is.
          text('description', byLocale((d) => d.competences.find((x) => x.id === c.id)!.title)),
        ),
      ),
    ),
    perModule
      ? modules.map((module) =>
          au({
            id: moduleAuIri(source, module.id),
            title: byLocale((d) => d.modules.find((m) => m.id === module.id)!.title),
            description: byLocale((d) => d.modules.find((m) => m.id === module.id)!.summary),
            url: `index.html?module=${encodeURIComponent(module.id)}`,
            modules: [module],
          }),
        )
      : au({
          id: input.unit.module ? moduleAuIri(source, input.unit.module) : courseAuIri(source),
          title: titles(input),
          description: descriptions(input),
          url: 'index.html',
          modules,
        }),
  );
}

export const cmi5Target: Target = {
  name: 'cmi5',
  adapter: 'cmi5',
  *files(input) {
    yield ['index.html', launchPage(input, 'cmi5')];
    yield ['cmi5.xml', renderXml(cmi5Xml(input))];
  },
};
