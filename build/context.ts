/**
 * What build steps share: the resolved config, the loaded course, and in-memory file sets.
 * Steps never share temp folders; they read and add to the context, and only the last step
 * writes to `dist/`, so a failed build leaves `dist/` as it was.
 */
import type { Id, Locale } from '../course/schema/ids.ts';
import type { LoadedCourse } from './load/load-course.ts';
import type { ResolvedConfig, TargetName } from './config.ts';

/** Files by their path inside a package (forward slashes). */
export type FileSet = Map<string, Buffer>;

/**
 * What one package delivers: the whole course, or (with `--split modules`) one module, its
 * course data filtered so completion, score and certificate concern that module alone.
 */
export interface PackageUnit {
  /** Stable id of what the package delivers (manifest identifier, storage key): the course id, or `<course-id>-<module-id>`. */
  readonly id: string;
  /** The module this package holds alone, with `--split modules`. */
  readonly module?: Id;
  /** The course as this package holds it (filtered to the module for a module package). */
  readonly course: LoadedCourse;
}

export interface BuiltPackage {
  target: TargetName;
  /** The unit's id (the course id, or `<course-id>-<module-id>`). */
  unit: string;
  fileName: string;
  zip: Buffer;
  /** Every file inside, by path (for the preview server, the size table and the benchmark). */
  files: FileSet;
  /** Paths of the official schema files (XSD, DTD) among `files`. */
  schemaPaths: string[];
  /** Size of the same zip without the schema files, for the size table. */
  zipBytesWithoutSchemas: number;
}

/** A printable template in one locale (build/templates/): in every package and beside the guides. */
export interface BuiltTemplate {
  locale: Locale;
  id: Id;
  /** `templates/<id>.<locale>.html`: its path inside a package and under `dist/`. */
  fileName: string;
  html: Buffer;
}

/** The facilitator guide in one locale: a standalone HTML file written beside the packages. */
export interface BuiltGuide {
  locale: Locale;
  fileName: string;
  html: Buffer;
}

export interface BuildContext {
  readonly config: ResolvedConfig;
  course?: LoadedCourse;
  /** The packages to make per target: one for the course, or one per module. */
  units: PackageUnit[];
  /** The bundled app (JS, CSS, index.html) per tracking adapter. */
  apps: Map<string, FileSet>;
  /** Course text and media per unit id, shared by every target. */
  content: Map<string, FileSet>;
  packages: BuiltPackage[];
  /** Facilitator guides per locale (for trainers; never inside a package). */
  guides: BuiltGuide[];
  /** Printable templates per locale, written beside the guides (packages carry them in their content). */
  templates: BuiltTemplate[];
  /** Paths of the packages, guides and templates written to `dist/`. */
  written: string[];
  log(message: string): void;
  /** Progress within a step (e.g. the target being packaged), for the CLI's display. */
  progress(message: string): void;
}

export interface BuildStep {
  readonly name: string;
  run(ctx: BuildContext): Promise<void>;
}
