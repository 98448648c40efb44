/**
 * Step 6: one zip per target and package unit: the bundled app, the unit's content, the
 * target's own files (launch page, manifest) and the schema files its manifest references.
 * File names: `<course-id>-<version>-<target>[-module-aus][-<module>][-<locale>].zip`, the
 * locale only for a single-locale build. `-module-aus` marks the cmi5 package with one AU per
 * module (`--cmi5-aus modules`): it is a different course structure for the LMS, so it must
 * not share the one-AU package's name (one would overwrite the other in a folder, and an
 * administrator could not tell which one a course was imported from).
 */
import type { Locale } from '../../course/schema/ids.ts';
import type { BuildContext, BuildStep, FileSet, PackageUnit } from '../context.ts';
import { formatBytes } from '../report.ts';
import { hasModuleAus } from '../targets/cmi5.ts';
import { targetFor } from '../targets/index.ts';
import type { TargetInput } from '../targets/target.ts';
import { zipFiles } from '../zip.ts';
import type { TargetName } from '../config.ts';

export function packageTargets(): BuildStep {
  return {
    name: 'package targets',
    async run(ctx) {
      for (const name of ctx.config.targets) {
        for (const unit of ctx.units) await packageOne(ctx, name, unit);
      }
    },
  };
}

export function packageFileName(ctx: Pick<BuildContext, 'config' | 'course'>, target: TargetName, unit: Pick<PackageUnit, 'module' | 'course'>): string {
  const source = ctx.course!.source;
  const locales = ctx.config.locales;
  const variant = target === 'cmi5' && hasModuleAus({ config: ctx.config, course: unit.course }) ? 'module-aus' : undefined;
  const parts = [source.id, source.version, target, variant, unit.module, locales?.length === 1 ? locales[0] : undefined, ctx.config.draft ? 'draft' : undefined];
  return `${parts.filter(Boolean).join('-')}.zip`;
}

/**
 * A package's files without its zip: the bundled app, the unit's content and the target's own
 * files. The preview studio serves these straight from memory after every edit.
 */
export function assembleFiles(ctx: BuildContext, name: TargetName, unit: PackageUnit): { files: FileSet; input: TargetInput } {
  const target = targetFor(name);
  const app = ctx.apps.get(target.adapter);
  if (!app) throw new Error(`No app bundle for adapter "${target.adapter}".`);
  const content = ctx.content.get(unit.id)!;
  const base: FileSet = new Map([...app, ...content]);
  const locales: Locale[] = unit.course.source.locales.filter((l) => !ctx.config.locales || ctx.config.locales.includes(l));
  const input: TargetInput = { unit, course: unit.course, app, locales, config: ctx.config, contentPaths: [...base.keys()].sort() };
  const files: FileSet = new Map(base);
  for (const [p, data] of target.files(input)) files.set(p, data);
  return { files, input };
}

async function packageOne(ctx: BuildContext, name: TargetName, unit: PackageUnit): Promise<void> {
  const target = targetFor(name);
  const { files, input } = assembleFiles(ctx, name, unit);
  const withoutSchemas = await zipFiles(files);
  const schemas = target.schemas?.(input) ?? new Map<string, Buffer>();
  for (const [p, data] of schemas) {
    if (files.has(p)) throw new Error(`Schema file ${p} would overwrite a package file.`);
    files.set(p, data);
  }
  const zip = schemas.size ? await zipFiles(files) : withoutSchemas;
  const fileName = packageFileName(ctx, name, unit);
  ctx.packages.push({ target: name, unit: unit.id, fileName, zip, files, schemaPaths: [...schemas.keys()], zipBytesWithoutSchemas: withoutSchemas.length });
  ctx.progress(`${name}${unit.module ? ` ${unit.module}` : ''}: ${fileName} (${formatBytes(zip.length)})`);
}
