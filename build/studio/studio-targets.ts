/**
 * The targets the preview studio plays: the web build, two SCORM versions in the LMS simulator,
 * cmi5 with the local LRS. Apart from studio-build.ts so the CLI can name them without loading
 * Vite and the loader before it has read its arguments.
 */
import type { TargetName } from '../config.ts';

export const STUDIO_TARGETS = ['web', 'scorm12', 'scorm2004', 'cmi5'] as const satisfies readonly TargetName[];
export type StudioTarget = (typeof STUDIO_TARGETS)[number];
