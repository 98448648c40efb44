/**
 * Identifiers in SCORM manifests, from the package unit's id only (the course id, or
 * `<course-id>-<module-id>`), never the version: Moodle matches the items of a re-uploaded
 * package to the old ones by identifier and drops learners' tracking for any it no longer
 * finds, so a new course version must keep every identifier. xsd:ID values are NCNames (they
 * cannot start with a digit, which a kebab-case id may), hence the `_` prefix in that case.
 */
import type { PackageUnit } from '../context.ts';

const ncName = (id: string): string => (/^[A-Za-z_]/.test(id) ? id : `_${id}`);

export interface ScormIds {
  manifest: string;
  organization: string;
  item: string;
  resource: string;
}

export function scormIds(unit: Pick<PackageUnit, 'id'>): ScormIds {
  const base = ncName(unit.id);
  return { manifest: base, organization: `${base}-org`, item: `${base}-item`, resource: `${base}-sco` };
}

/** `<file href>` values: package paths as URI references (spaces and non-ASCII escaped). */
export const fileHref = (path: string): string => encodeURI(path);
