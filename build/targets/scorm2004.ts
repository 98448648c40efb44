/**
 * SCORM 2004 4th Edition: one SCO (the player's index.html) in an `imsmanifest.xml` built from
 * typed data, with the schema files it references at the zip root.
 *
 * Nothing relies on sequencing, which Moodle does not implement: the only `imsss:sequencing`
 * is the objectives list, so an LMS initialises `cmi.objectives` with one objective per module
 * (objective id = module id, the ids the SCORM 2004 adapter writes) and a primary objective for
 * the course (id = the package unit's id).
 *
 * No global objectives (`imsss:mapInfo`): Moodle's manifest parser crashes on any mapInfo on
 * PHP 8 (mod/scorm/datamodels/scormlib.php assigns `$objectivesdata->mapinfos` to an undefined
 * variable, Moodle 4.2 to current: "Attempt to assign property "mapinfos" on null"), so the
 * package could not even be added. Competences reach LMSs through the cmi5 structure and the
 * xAPI statements instead. See tests/moodle for the package added to a real Moodle.
 */
import type { ModuleData } from '../../course/schema/course-data.ts';
import { schemaFiles, schemaLocation, SCORM_SCHEMA_ROOT } from '../xml/schema-files.ts';
import { el, renderXml, type XmlElement } from '../xml/xml-tree.ts';
import { launchPage } from './launch-page.ts';
import { mainLocale, mainTitle } from './package-text.ts';
import { manifestMastery } from './scorm-mastery.ts';
import { fileHref, scormIds } from './scorm-ids.ts';
import type { Target, TargetInput } from './target.ts';

const NS = {
  imscp: 'http://www.imsglobal.org/xsd/imscp_v1p1',
  adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3',
  imsss: 'http://www.imsglobal.org/xsd/imsss',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
} as const;

/** Namespace → schema file for every namespace the manifest uses (also what a validator imports). */
export const SCORM2004_SCHEMAS = [
  [NS.imscp, 'imscp_v1p1.xsd'],
  [NS.adlcp, 'adlcp_v1p3.xsd'],
  [NS.imsss, 'imsss_v1p0.xsd'],
] as const;

const SCHEMA_DIR = `${SCORM_SCHEMA_ROOT}/scorm20044thedition`;

export function scorm2004Manifest(input: TargetInput): XmlElement {
  const source = input.course.source;
  const ids = scormIds(input.unit);
  const title = mainTitle(input);
  const modules = input.course.data[mainLocale(input)]!.modules;
  const mastery = manifestMastery(source.reporting);
  return el(
    'manifest',
    {
      identifier: ids.manifest,
      version: source.version,
      xmlns: NS.imscp,
      'xmlns:adlcp': NS.adlcp,
      'xmlns:imsss': NS.imsss,
      'xmlns:xsi': NS.xsi,
      'xsi:schemaLocation': schemaLocation(SCORM2004_SCHEMAS),
    },
    el('metadata', {}, el('schema', {}, 'ADL SCORM'), el('schemaversion', {}, '2004 4th Edition')),
    el(
      'organizations',
      { default: ids.organization },
      el(
        'organization',
        { identifier: ids.organization },
        el('title', {}, title),
        el(
          'item',
          { identifier: ids.item, identifierref: ids.resource, isvisible: 'true' },
          el('title', {}, title),
          el(
            'imsss:sequencing',
            {},
            el(
              'imsss:objectives',
              {},
              el(
                'imsss:primaryObjective',
                { objectiveID: input.unit.id, satisfiedByMeasure: mastery ? 'true' : undefined },
                mastery && el('imsss:minNormalizedMeasure', {}, (source.mastery.passMark / 100).toFixed(2)),
              ),
              modules.map(moduleObjective),
            ),
          ),
        ),
      ),
    ),
    el(
      'resources',
      {},
      el(
        'resource',
        { identifier: ids.resource, type: 'webcontent', 'adlcp:scormType': 'sco', href: 'index.html' },
        input.contentPaths.map((p) => el('file', { href: fileHref(p) })),
      ),
    ),
  );
}

function moduleObjective(module: ModuleData): XmlElement {
  return el('imsss:objective', { objectiveID: module.id });
}

export const scorm2004Target: Target = {
  name: 'scorm2004',
  adapter: 'scorm2004',
  *files(input) {
    yield ['index.html', launchPage(input, 'scorm2004')];
    yield ['imsmanifest.xml', renderXml(scorm2004Manifest(input))];
  },
  schemas: () => schemaFiles(SCHEMA_DIR, SCORM2004_SCHEMAS.map(([, file]) => file)),
};
