/**
 * The build, as one readable list of steps in the order they run. Each step reads the resolved
 * config and the context and adds to the context; only the last writes to `dist/`. The
 * facilitator guide alone (`workmentor guide`) is a shorter list of the same steps.
 */
import type { ResolvedConfig } from './config.ts';
import type { BuildContext, BuildStep } from './context.ts';
import { bundleApp } from './steps/bundle-app.ts';
import { checkContentCues } from './steps/check-content.ts';
import { checkCourseStandard } from './steps/check-standard.ts';
import { checkResumeBudget } from './steps/check-resume-budget.ts';
import { checkUiLocales } from './steps/check-ui-locales.ts';
import { emitContent } from './steps/emit-content.ts';
import { emitTemplates } from './steps/emit-templates.ts';
import { loadCourse } from './steps/load-course.ts';
import { packageTargets } from './steps/package-targets.ts';
import { planPackages } from './steps/plan-packages.ts';
import { renderGuides } from './steps/render-guides.ts';
import { reportReadingLevel } from './steps/report-reading-level.ts';
import { writeDist } from './steps/write-dist.ts';

export function buildSteps(): BuildStep[] {
  return [
    loadCourse(),
    checkUiLocales(),
    reportReadingLevel(),
    checkCourseStandard(),
    checkContentCues(),
    planPackages(),
    checkResumeBudget(),
    emitContent(),
    emitTemplates(),
    bundleApp(),
    packageTargets(),
    renderGuides(),
    writeDist(),
  ];
}

/** The facilitator guide per locale with the printable templates beside it, without packages. */
export function guideSteps(): BuildStep[] {
  return [loadCourse(), emitTemplates(), renderGuides(), writeDist()];
}

export interface BuildOptions {
  log?: (message: string) => void;
  /** Called before each step, for a progress display. */
  onStep?: (step: BuildStep, index: number, total: number) => void;
  /** Called as a step makes progress (a bundle or a package done), for a progress display. */
  onProgress?: (message: string) => void;
  /** Called after each step with its duration, for profiling. */
  onStepDone?: (step: BuildStep, ms: number) => void;
  /** The steps to run (default: the whole build, `buildSteps()`). */
  steps?: BuildStep[];
}

export async function runBuild(config: ResolvedConfig, options: BuildOptions = {}): Promise<BuildContext> {
  const ctx: BuildContext = {
    config,
    units: [],
    apps: new Map(),
    content: new Map(),
    packages: [],
    guides: [],
    templates: [],
    written: [],
    log: options.log ?? (() => {}),
    progress: options.onProgress ?? (() => {}),
  };
  const steps = options.steps ?? buildSteps();
  for (const [index, step] of steps.entries()) {
    options.onStep?.(step, index, steps.length);
    const started = performance.now();
    await step.run(ctx);
    options.onStepDone?.(step, performance.now() - started);
  }
  return ctx;
}
