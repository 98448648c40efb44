/**
 * The preview studio's builds: the first one bundles the player once per tracking adapter (the
 * slow part, 10–30 s); every later one, after an edit, reuses those bundles and redoes only the
 * course: load and check the content, split it into the package's content files, and assemble
 * each target's files in memory, without zips, guides or `dist/`. A content edit therefore
 * costs the loader's time (about a second for the whole course), not a build's.
 *
 * A build that meets content errors keeps the last good packages playing and hands back the
 * errors as the CLI prints them, for the browser's overlay.
 */
import { BuildFailure } from '../build-failure.ts';
import type { ResolvedConfig } from '../config.ts';
import type { BuildContext, BuildStep, FileSet } from '../context.ts';
import { formatErrors } from '../errors/format-errors.ts';
import { runBuild } from '../pipeline.ts';
import { bundleApp } from '../steps/bundle-app.ts';
import { checkContentCues } from '../steps/check-content.ts';
import { checkCourseStandard } from '../steps/check-standard.ts';
import { checkUiLocales } from '../steps/check-ui-locales.ts';
import { emitContent } from '../steps/emit-content.ts';
import { emitTemplates } from '../steps/emit-templates.ts';
import { loadCourse } from '../steps/load-course.ts';
import { assembleFiles } from '../steps/package-targets.ts';
import { planPackages } from '../steps/plan-packages.ts';
import { STUDIO_TARGETS, type StudioTarget } from './studio-targets.ts';

export { STUDIO_TARGETS, type StudioTarget };

export type StudioResult =
  | { ok: true; ms: number; packages: Map<StudioTarget, FileSet>; context: BuildContext; warnings: string[] }
  | { ok: false; ms: number; errors: string };

/** Assembles each target's files into `into`, without zipping. */
function assembleTargets(into: Map<StudioTarget, FileSet>): BuildStep {
  return {
    name: 'assemble targets',
    async run(ctx) {
      const unit = ctx.units[0]!;
      for (const target of STUDIO_TARGETS) if (ctx.config.targets.includes(target)) into.set(target, assembleFiles(ctx, target, unit).files);
    },
  };
}

export class StudioBuild {
  private apps: BuildContext['apps'] | undefined;

  constructor(private readonly config: ResolvedConfig) {}

  /** Builds the course; the first call also bundles the player. */
  async run(log: (message: string) => void = () => {}): Promise<StudioResult> {
    const started = performance.now();
    const packages = new Map<StudioTarget, FileSet>();
    const warnings: string[] = [];
    const reuse: BuildStep = {
      name: 'reuse player bundles',
      async run(ctx) {
        for (const [adapter, files] of apps!) ctx.apps.set(adapter, files);
      },
    };
    const apps = this.apps;
    // The same checks as a release build, so the overlay shows what `workmentor build` would refuse.
    const steps = [loadCourse(), checkUiLocales(), checkCourseStandard(), checkContentCues(), planPackages(), emitContent(), emitTemplates(), apps ? reuse : bundleApp(), assembleTargets(packages)];
    try {
      // The steps' own reports (content cues, reading level) are for a release build's log; the
      // studio shows warnings and the time, not pages of figures after every save.
      const context = await runBuild(this.config, { steps, log: (message) => void (message.startsWith('warning') && warnings.push(message)), onProgress: (message) => (message.includes('bundled') ? log(message) : undefined) });
      this.apps = context.apps;
      return { ok: true, ms: performance.now() - started, packages, context, warnings };
    } catch (error) {
      if (!(error instanceof BuildFailure)) throw error;
      return { ok: false, ms: performance.now() - started, errors: formatErrors(error.errors, { color: false }) };
    }
  }
}
