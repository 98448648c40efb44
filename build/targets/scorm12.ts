/**
 * SCORM 1.2: one SCO (the player's index.html) in an `imsmanifest.xml` built from typed data,
 * with the ADL/IMS schema files the manifest references at the zip root. Moodle plays SCORM
 * 1.2 fully (the Moodle app plays only 1.2), so this is the default package for Moodle.
 */
import { schemaFiles, schemaLocation, SCORM_SCHEMA_ROOT } from '../xml/schema-files.ts';
import { el, renderXml, type XmlElement } from '../xml/xml-tree.ts';
import { launchPage } from './launch-page.ts';
import { mainTitle } from './package-text.ts';
import { manifestMastery } from './scorm-mastery.ts';
import { fileHref, scormIds } from './scorm-ids.ts';
import type { Target, TargetInput } from './target.ts';

const NS = {
  imscp: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
  adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
} as const;

/** Namespace → schema file for every namespace the manifest uses (also what a validator imports). */
export const SCORM12_SCHEMAS = [
  [NS.imscp, 'imscp_rootv1p1p2.xsd'],
  [NS.adlcp, 'adlcp_rootv1p2.xsd'],
] as const;

const SCHEMA_DIR = `${SCORM_SCHEMA_ROOT}/scorm12edition`;

export function scorm12Manifest(input: TargetInput): XmlElement {
  const source = input.course.source;
  const ids = scormIds(input.unit);
  const title = mainTitle(input);
  return el(
    'manifest',
    {
      identifier: ids.manifest,
      version: source.version,
      xmlns: NS.imscp,
      'xmlns:adlcp': NS.adlcp,
      'xmlns:xsi': NS.xsi,
      'xsi:schemaLocation': schemaLocation(SCORM12_SCHEMAS),
    },
    el('metadata', {}, el('schema', {}, 'ADL SCORM'), el('schemaversion', {}, '1.2')),
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
          manifestMastery(source.reporting) && el('adlcp:masteryscore', {}, String(source.mastery.passMark)),
        ),
      ),
    ),
    el(
      'resources',
      {},
      el(
        'resource',
        { identifier: ids.resource, type: 'webcontent', 'adlcp:scormtype': 'sco', href: 'index.html' },
        input.contentPaths.map((p) => el('file', { href: fileHref(p) })),
      ),
    ),
  );
}

export const scorm12Target: Target = {
  name: 'scorm12',
  adapter: 'scorm12',
  *files(input) {
    yield ['index.html', launchPage(input, 'scorm12')];
    yield ['imsmanifest.xml', renderXml(scorm12Manifest(input))];
  },
  schemas: () => schemaFiles(SCHEMA_DIR, SCORM12_SCHEMAS.map(([, file]) => file)),
};
