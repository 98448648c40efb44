/**
 * `workmentor new dialogue|quiz|exercise|reflection|certificate ID --module M`: adds a commented
 * activity of that type at the end of the module's activities, and its texts to the module's
 * translation files (pre-filled with the English, marked `# TODO translate`), so the course
 * builds at once. A course has one certificate: a second is refused.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { moduleTexts } from '../load/translatable.ts';
import { activityTemplate, type ActivityKind } from './activity-templates.ts';
import { checkId } from './check-id.ts';
import { readCourseInfo, targetLocales } from './course-info.ts';
import { exists, FilePlan, ScaffoldError } from './file-plan.ts';
import { translationHeader } from './new-module.ts';
import { prefilledEntry, prefilledYaml } from './translation-prefill.ts';
import { insertInList, insertInMap } from './yaml-insert.ts';
import { modelineFor } from '../schemas/modeline.ts';

/** The person the learner talks to: someone in cast.yaml when there is one (their face), else a plain name. */
const learnerName = (castNames: string[]): string => castNames[0] ?? 'Robin';

export async function planNewActivity(courseRoot: string, kind: ActivityKind, rawId: string | undefined, rawModule: string | undefined): Promise<FilePlan> {
  const id = checkId(kind === 'exercise' ? 'feedback exercise' : kind, rawId);
  if (rawModule === undefined) throw new ScaffoldError(`Say which module gets the ${kind}: --module MODULE-ID.`);
  const moduleId = checkId('module', rawModule);
  const info = await readCourseInfo(courseRoot);
  const dir = join(courseRoot, 'modules', moduleId);
  const moduleFile = join(dir, 'module.yaml');
  if (!(await exists(moduleFile))) {
    throw new ScaffoldError(`There is no module "${moduleId}" (modules/${moduleId}/module.yaml). Create it with \`workmentor new module ${moduleId}\`; nothing was written.`);
  }
  const module = parse(await readFile(moduleFile, 'utf8')) as { activities?: { id?: unknown }[] } | null;
  if ((module?.activities ?? []).some((a) => a?.id === id)) {
    throw new ScaffoldError(`Module "${moduleId}" already has an activity "${id}". Choose another id; nothing was written.`);
  }
  if (kind === 'certificate') await refuseSecondCertificate(courseRoot, info.modules);
  const entry = activityTemplate(kind, { id, learnerName: learnerName(info.castNames) });
  const plan = new FilePlan(courseRoot);
  await plan.edit(moduleFile, (text) => insertInList(text, `modules/${moduleId}/module.yaml`, ['activities'], entry));
  // The translation keys of this activity alone, taken from the activity as the loader reads it.
  const texts = prefilledEntry(moduleTexts, { activities: [parse(`- ${entry.replace(/\n(?=.)/g, '\n  ')}`)[0]] }, ['activities', id]);
  for (const locale of targetLocales(info)) {
    const file = join(dir, 'i18n', `${locale}.yaml`);
    if (await exists(file)) await plan.edit(file, (text) => insertInMap(text, `modules/${moduleId}/i18n/${locale}.yaml`, ['activities'], id, texts));
    // A module without its translation file gets the whole file, from module.yaml as planned.
    else await plan.create(file, `${modelineFor(file, 'module-translation')}\n${translationHeader(locale)}${prefilledYaml(moduleTexts, parse(await plan.textOf(moduleFile)))}`);
  }
  return plan;
}

/**
 * A course issues one certificate: a second would show the learner two. Reads each module's
 * activities as written (a module that does not parse yet is the build's to report).
 */
async function refuseSecondCertificate(courseRoot: string, modules: string[]): Promise<void> {
  for (const moduleId of modules) {
    const file = join(courseRoot, 'modules', moduleId, 'module.yaml');
    if (!(await exists(file))) continue;
    let activities: unknown;
    try {
      activities = (parse(await readFile(file, 'utf8')) as { activities?: unknown } | null)?.activities;
    } catch {
      continue;
    }
    const found = Array.isArray(activities) ? activities.find((a) => (a as { type?: unknown } | null)?.type === 'certificate') : undefined;
    if (found) {
      const where = `modules/${moduleId}/module.yaml${typeof found.id === 'string' ? `, activity "${found.id}"` : ''}`;
      throw new ScaffoldError(`The course already has a certificate (${where}), and a course issues one. Edit that one, or remove it first; nothing was written.`);
    }
  }
}
