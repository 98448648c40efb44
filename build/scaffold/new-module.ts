/**
 * `workmentor new module ID`: modules/ID/module.yaml and its first page, listed in course.yaml,
 * with translation files and page copies for every other locale of the course (pre-filled with
 * the English text, marked `# TODO translate`), so the course builds at once.
 */
import { join } from 'node:path';
import { parse } from 'yaml';
import { moduleTexts } from '../load/translatable.ts';
import { modelineFor } from '../schemas/modeline.ts';
import { checkId } from './check-id.ts';
import { readCourseInfo, targetLocales, type CourseInfo } from './course-info.ts';
import { exists, FilePlan, ScaffoldError } from './file-plan.ts';
import { moduleYaml, PAGE_ID, pageMarkdown } from './module-template.ts';
import { prefilledYaml } from './translation-prefill.ts';
import { insertInList } from './yaml-insert.ts';

export async function planNewModule(courseRoot: string, rawId: string | undefined, activities: string[] = []): Promise<FilePlan> {
  const id = checkId('module', rawId);
  const info = await readCourseInfo(courseRoot);
  if (info.modules.includes(id) || (await exists(join(courseRoot, 'modules', id)))) {
    throw new ScaffoldError(`Module "${id}" already exists (modules/${id} or in course.yaml's \`modules\`). Choose another id; nothing was written.`);
  }
  const competence = info.competences[0];
  if (!competence) throw new ScaffoldError('course.yaml has no `competences`; a module objective must name one. Add a competence first; nothing was written.');
  const plan = new FilePlan(courseRoot);
  await addModuleFiles(plan, info, id, moduleYaml({ id, competence, activities }));
  // A final assessment comes after every module it tests, so a new module goes before it.
  const last = info.modules.length - 1;
  const before = info.finalModule !== undefined && info.modules[last] === info.finalModule ? last : undefined;
  await plan.edit(join(courseRoot, 'course.yaml'), (text) => insertInList(text, 'course.yaml', ['modules'], id, before));
  return plan;
}

/** module.yaml (with its modeline), the page, and per target locale its translation and page copy. */
export async function addModuleFiles(plan: FilePlan, info: CourseInfo, id: string, yaml: string): Promise<void> {
  const dir = join(info.root, 'modules', id);
  const moduleFile = join(dir, 'module.yaml');
  await plan.create(moduleFile, `${modelineFor(moduleFile, 'module')}\n${yaml}`);
  const page = pageMarkdown(id);
  await plan.create(join(dir, 'pages', `${PAGE_ID}.md`), page);
  const data: unknown = parse(yaml);
  for (const locale of targetLocales(info)) {
    await plan.create(join(dir, 'pages', `${PAGE_ID}.${locale}.md`), page);
    const file = join(dir, 'i18n', `${locale}.yaml`);
    await plan.create(file, `${modelineFor(file, 'module-translation')}\n${translationHeader(locale)}${prefilledYaml(moduleTexts, data)}`);
  }
}

export const translationHeader = (locale: string): string =>
  `# The "${locale}" translation: the English text is copied in as a start. Translate each text marked
# "# TODO translate", then delete the marker. Page texts are translated as whole files: pages/<id>.${locale}.md.
`;
