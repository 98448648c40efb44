/**
 * xAPI (Tin Can) package: `tincan.xml` built from typed data. The launch activity is the course
 * IRI (`baseIri`; a module IRI for a module package), with its name and description in every
 * packaged locale, followed by one activity per module, so an LMS or LRS that imports the
 * package knows the activities before the first statement. No schema file ships: no npm
 * package carries the Rustici `tincan.xsd`, and LMSs do not validate it.
 */
import { el, renderXml, type XmlElement } from '../xml/xml-tree.ts';
import { courseIri, moduleIri } from './activity-iri.ts';
import { launchPage } from './launch-page.ts';
import { descriptions, titles, type LocalText } from './package-text.ts';
import type { Target, TargetInput } from './target.ts';

export const TINCAN_NS = 'http://projecttincan.com/tincan.xsd';
const COURSE_TYPE = 'http://adlnet.gov/expapi/activities/course';
const MODULE_TYPE = 'http://adlnet.gov/expapi/activities/module';

const localized = (name: string, texts: LocalText[]) => texts.map((t) => el(name, { lang: t.locale }, t.text));

/** The IRI of what the package launches: the course, or the module of a module package. */
export const launchIri = (input: Pick<TargetInput, 'unit' | 'course'>): string =>
  input.unit.module ? moduleIri(input.course.source, input.unit.module) : courseIri(input.course.source);

export function tincanXml(input: TargetInput): XmlElement {
  const modules = input.locales.map((locale) => input.course.data[locale]!.modules);
  const moduleText = (index: number, pick: 'title' | 'summary'): LocalText[] =>
    input.locales.map((locale, i) => ({ locale, text: modules[i]![index]![pick] }));
  return el(
    'tincan',
    { xmlns: TINCAN_NS },
    el(
      'activities',
      {},
      el(
        'activity',
        { id: launchIri(input), type: input.unit.module ? MODULE_TYPE : COURSE_TYPE },
        localized('name', titles(input)),
        localized('description', descriptions(input)),
        el('launch', { lang: input.locales[0] }, 'index.html'),
      ),
      // A module package launches its module; listing it again would repeat the same id.
      !input.unit.module &&
        modules[0]!.map((module, index) =>
          el(
            'activity',
            { id: moduleIri(input.course.source, module.id), type: MODULE_TYPE },
            localized('name', moduleText(index, 'title')),
            localized('description', moduleText(index, 'summary')),
          ),
        ),
    ),
  );
}

export const xapiTarget: Target = {
  name: 'xapi',
  adapter: 'xapi',
  *files(input) {
    yield ['index.html', launchPage(input, 'xapi')];
    yield ['tincan.xml', renderXml(tincanXml(input))];
  },
};
