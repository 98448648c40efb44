/**
 * Right after planning: prove, for every package the plan holds (the whole course, or each
 * module with `--split modules`), that a learner's progress always fits its target's state
 * storage in every locale: the worst-case structure plus a guaranteed reserve for every
 * free-text field. It runs after planning because the limit belongs to the package, not to
 * the course: a module package needs only its own module's share, and SCORM 2004 keeps
 * 64,000 characters where SCORM 1.2 keeps 4,096.
 *
 * The reserve is 100 characters a field, or the fair share of what the structure leaves when
 * that is less (a warning); below the floor of 20 the build fails (runtime/resume/
 * free-text-budget.ts). The player shares the same space with the same function, so the
 * counters show what the build promised. xAPI, cmi5 and web packages keep the state in an LRS
 * or the browser, which set no fixed limit, so they are not checked.
 */
import { BuildFailure } from '../build-failure.ts';
import type { TargetName } from '../config.ts';
import type { BuildStep, PackageUnit } from '../context.ts';
import { contentError, type ContentError, type Location } from '../errors/content-error.ts';
import { readYamlFile, type YamlFile } from '../load/yaml-file.ts';
import type { CourseData } from '../../course/schema/course-data.ts';
import { FREE_TEXT_FLOOR, FREE_TEXT_RESERVE } from '../../components/src/runtime/resume/free-text-budget.ts';
import { freeTextGuarantee, type FreeTextGuarantee } from '../../components/src/runtime/resume/free-text-guarantee.ts';
import { SCORM12_STORAGE_LIMIT } from '../../components/src/tracking/scorm12/scorm12-mapping.ts';
import { SCORM2004_STORAGE_LIMIT } from '../../components/src/tracking/scorm2004/scorm2004-mapping.ts';

/** Characters each target's LMS keeps for the state: the limits the trackers enforce at run time. */
export const STATE_LIMITS: Partial<Record<TargetName, { name: string; limit: number }>> = {
  scorm12: { name: 'SCORM 1.2', limit: SCORM12_STORAGE_LIMIT },
  scorm2004: { name: 'SCORM 2004', limit: SCORM2004_STORAGE_LIMIT },
};

const unitLabel = (unit: PackageUnit): string => (unit.module ? `module "${unit.module}"` : 'the whole course');

/** The worst of a unit's locales (they share one structure; only a maxLength could differ). */
export function guaranteeOf(datas: readonly CourseData[], limit: number): FreeTextGuarantee {
  return datas.map((d) => freeTextGuarantee(d, limit)).reduce((a, b) => (b.reserve < a.reserve || b.structural > a.structural ? b : a));
}

export function checkResumeBudget(): BuildStep {
  return {
    name: 'check resume budget',
    async run(ctx) {
      const course = ctx.course!;
      const locales = ctx.config.locales ?? course.source.locales;
      const courseYaml = await readYamlFile(course.root, 'course.yaml');
      const at = (unit: PackageUnit): Location => locate(courseYaml, course.source.modules, unit);
      const problems: ContentError[] = [];
      for (const unit of ctx.units) {
        const datas = locales.flatMap((l) => unit.course.data[l] ?? []);
        for (const target of ctx.config.targets) {
          const store = STATE_LIMITS[target];
          if (!store) continue;
          const g = guaranteeOf(datas, store.limit);
          const pkg = `${store.name} package of ${unitLabel(unit)}`;
          ctx.log(
            `resume state, ${pkg}: structure ${g.structural} of ${g.limit} characters, ${g.pool} left for ${g.fields} free-text fields: ${g.reserve} guaranteed each` +
              (g.wished ? '' : ` (${FREE_TEXT_RESERVE} wished)`),
          );
          const params = { pkg, limit: g.limit, structural: g.structural, pool: g.pool, fields: g.fields, reserve: g.reserve, wished: FREE_TEXT_RESERVE, floor: FREE_TEXT_FLOOR, split: unit.module !== undefined };
          if (!g.enough) problems.push(contentError('ResumeStateTooLarge', params, at(unit)));
          else if (!g.wished) {
            const warning = contentError('FreeTextReserveReduced', params, at(unit));
            ctx.log(`warning ${warning.name} ${warning.file}:${warning.line}: ${warning.what}`);
          }
        }
      }
      if (problems.length > 0) throw new BuildFailure(problems);
    },
  };
}

/** Where the package's content is listed: its module's line under `modules` in course.yaml, or `modules` itself. */
function locate(file: YamlFile | undefined, modules: readonly string[], unit: PackageUnit): Location {
  if (!file) return { file: 'course.yaml', line: 0, column: 0 };
  const index = unit.module === undefined ? -1 : modules.indexOf(unit.module);
  return file.locate(index < 0 ? ['modules'] : ['modules', index], { part: index < 0 ? 'key' : 'value' });
}
