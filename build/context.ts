/**
 * What build steps share: the resolved config, the loaded course, and in-memory file sets.
 * Steps never share temp folders; they read and add to the context, and only the last step
 * writes to `dist/`, so a failed build leaves `dist/` as it was.
 */
import type { LoadedCourse } from './load/load-course.ts';
import type { ResolvedConfig, TargetName } from './config.ts';

/** Files by their path inside a package (forward slashes). */
export type FileSet = Map<string, Buffer>;

export interface BuiltPackage {
  target: TargetName;
  fileName: string;
  zip: Buffer;
  /** Every file inside, by path (for the preview server, the size table and the benchmark). */
  files: FileSet;
}

export interface BuildContext {
  readonly config: ResolvedConfig;
  course?: LoadedCourse;
  /** The bundled app (JS, CSS, index.html) per tracking adapter. */
  apps: Map<string, FileSet>;
  /** Course text and media shared by every target. */
  content: FileSet;
  packages: BuiltPackage[];
  /** Paths of the packages written to `dist/`. */
  written: string[];
  log(message: string): void;
}

export interface BuildStep {
  readonly name: string;
  run(ctx: BuildContext): Promise<void>;
}
