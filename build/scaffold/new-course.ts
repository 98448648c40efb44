/**
 * `workmentor new course DIR`: a small course that builds at once: course.yaml, one module with
 * a page, a dialogue and a quiz, and an i18n/ folder for translations (English only to start;
 * `workmentor new language LOCALE` adds one). Every YAML file starts with its schema modeline.
 */
import { readdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { modelineFor } from '../schemas/modeline.ts';
import { activityTemplate } from './activity-templates.ts';
import { checkId } from './check-id.ts';
import type { CourseInfo } from './course-info.ts';
import { exists, FilePlan, ScaffoldError } from './file-plan.ts';
import { titleOf } from './module-template.ts';
import { addModuleFiles } from './new-module.ts';
import { moduleYaml } from './module-template.ts';

export const FIRST_MODULE = 'getting-started';
const COMPETENCE = 'welcoming-learners';

export async function planNewCourse(dir: string | undefined, options: { id?: string } = {}): Promise<FilePlan> {
  if (!dir) throw new ScaffoldError('Give the folder for the new course, for example: workmentor new course my-course');
  const root = resolve(dir);
  const rawId = options.id ?? basename(root);
  if (options.id === undefined && !checkIdQuietly(rawId)) {
    throw new ScaffoldError(`The course id comes from the folder name, and "${rawId}" is not kebab-case. Pass one with --id, like --id my-course; nothing was written.`);
  }
  const id = checkId('course', rawId);
  if ((await exists(root)) && (await readdir(root)).length > 0) throw new ScaffoldError(`${dir} is not empty; give a new or empty folder. Nothing was written.`);

  const plan = new FilePlan(root);
  const courseFile = join(root, 'course.yaml');
  await plan.create(courseFile, `${modelineFor(courseFile, 'course')}\n${courseYaml(id)}`);
  await plan.create(join(root, 'i18n', 'README.md'), I18N_README);
  const info: CourseInfo = { root, courseText: '', sourceLocale: 'en', locales: ['en'], modules: [FIRST_MODULE], competences: [COMPETENCE], finalModule: undefined, castNames: [] };
  const activities = [activityTemplate('dialogue', { id: 'first-morning', learnerName: 'Robin' }), activityTemplate('quiz', { id: 'check', learnerName: 'Robin' })];
  await addModuleFiles(plan, info, FIRST_MODULE, moduleYaml({ id: FIRST_MODULE, competence: COMPETENCE, activities }));
  return plan;
}

const checkIdQuietly = (value: string): boolean => {
  try {
    checkId('course', value);
    return true;
  } catch {
    return false;
  }
};

function courseYaml(id: string): string {
  return `# The course as a whole: its languages, competences, module order and how results reach the LMS.
# See docs/content-guide.md. Build it with: npx workmentor build --course <this folder>
id: ${id}  # part of every package name; kebab-case; never change it after release
version: 0.1.0                       # the version, like 1.0.0; part of every package name
title: ${titleOf(id)}  # at most 80 characters
description: One sentence on who the course is for and what they learn.
sourceLocale: en                     # the language the YAML and Markdown are written in
locales: [en]                        # every language the course ships in; add one with \`workmentor new language nl\`
# The base of every xAPI activity id. Set your organisation's own address before the first
# learner starts: it must never change once learners have data.
baseIri: https://example.org/xapi/${id}
# What mentors learn; module objectives name these ids.
competences:
  - id: ${COMPETENCE}
    title: Welcoming learners
# The modules, in the order learners meet them; each is a folder in modules/.
# Add one with \`workmentor new module ID\`.
modules:
  - ${FIRST_MODULE}
mastery:
  passMark: 80                       # percent of the weighted score needed to pass
# completed-incomplete: complete once every required activity is done, without pass or fail.
# With a final assessment (weight 1) choose passed-incomplete or passed-failed.
reporting: completed-incomplete
# The course's own bar for a finished module (docs/content-guide.md): how many pages and
# activities of each type, how deep dialogues go, how big quizzes are, how plain pages read.
# A new course starts with every rule as a warning, so it builds while you write; change a rule
# to \`level: error\` once your modules are complete, so the build holds them to it.
standard:
  activities: { level: warning }
  dialogues: { level: warning }
  quizzes: { level: warning }
  readingLevel: { level: warning }
  cast: { level: warning }
`;
}

const I18N_README = `Translations of course.yaml, one file per language: i18n/<locale>.yaml (for example nl.yaml).

Add a language with \`npx workmentor new language nl --course <this folder>\`: it adds the locale
to course.yaml and creates every translation file with the English text to translate.
`;
