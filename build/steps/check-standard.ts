/**
 * Step 3, after the reading level: the course standard (`standard:` in course.yaml). Every miss is
 * reported like a loader error, at the module, dialogue or ending that misses it; a rule at
 * `level: warning` is logged and the build goes on, any miss of a rule at `level: error` stops it.
 */
import type { CourseData } from '../../course/schema/course-data.ts';
import { resolveStandard } from '../../course/schema/standard.ts';
import { BuildFailure } from '../build-failure.ts';
import { checkStandard, type StandardFinding } from '../content/course-standard.ts';
import { locateFindings } from '../content/locate-findings.ts';
import type { BuildStep } from '../context.ts';
import { byPosition, contentError, wholeFile, type ContentError } from '../errors/content-error.ts';
import type { LoadedCourse } from '../load/load-course.ts';

export function checkCourseStandard(): BuildStep {
  return {
    name: 'check course standard',
    async run(ctx) {
      const problems = await standardProblems(ctx.course!);
      for (const warning of problems.filter((p) => p.severity === 'warning')) ctx.log(`warning ${warning.name} ${warning.file}:${warning.line}: ${warning.what}`);
      const errors = problems.filter((p) => p.severity !== 'warning');
      if (errors.length > 0) throw new BuildFailure(errors);
    },
  };
}

/** Every miss of the course standard, errors and warnings, at its `file:line:col`. */
export async function standardProblems(course: Pick<LoadedCourse, 'root' | 'source' | 'data'>): Promise<ContentError[]> {
  const { source } = course;
  const findings = checkStandard({
    datas: source.locales.flatMap((l) => course.data[l] ?? []) as CourseData[],
    sourceLocale: source.sourceLocale,
    standard: resolveStandard(source.standard),
    ...(source.finalAssessment ? { finalModule: source.finalAssessment.activity.split('/')[0]! } : {}),
  });
  const problems: ContentError[] = [];
  for (const level of ['error', 'warning'] as const) {
    const ofLevel = findings.filter((f) => f.level === level);
    const inModules = ofLevel.filter((f): f is StandardFinding & { module: string } => f.module !== undefined);
    // The catalogue leaves the severity to the rule: the same miss is an error in one course, a warning in another.
    const located = [...(await locateFindings(course, inModules)), ...ofLevel.filter((f) => f.module === undefined).map(courseWide)];
    problems.push(...located.map((p) => ({ ...p, severity: level })));
  }
  return problems.sort(byPosition);
}

/** A course-wide finding (the cast's variety) belongs to the cast registry as a whole. */
const courseWide = (f: StandardFinding): ContentError => contentError(f.name, f.params as never, wholeFile('cast.yaml'));
