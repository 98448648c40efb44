/**
 * `workmentor new course|module|dialogue|quiz|exercise|reflection|certificate|language`: parses
 * the command line, plans the files (nothing is written when planning fails), writes them and
 * says what was made and what to do next.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ActivityKind } from './activity-templates.ts';
import { FilePlan, ScaffoldError } from './file-plan.ts';
import { planNewActivity } from './new-activity.ts';
import { planNewCourse } from './new-course.ts';
import { planNewLanguage } from './new-language.ts';
import { planNewModule } from './new-module.ts';

export const NEW_USAGE = `  workmentor new course DIR [--id ID]
  workmentor new module ID [--course DIR]
  workmentor new dialogue|quiz|exercise|reflection|certificate ID --module MODULE [--course DIR]
  workmentor new language LOCALE [--course DIR]`;

const KINDS = ['course', 'module', 'dialogue', 'quiz', 'exercise', 'reflection', 'certificate', 'language'] as const;

/** Runs `new` with the arguments after it; returns the exit code. */
export async function newCommand(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { course: { type: 'string' }, module: { type: 'string' }, id: { type: 'string' } } });
  } catch (error) {
    console.error(`${(error as Error).message}\nUsage:\n${NEW_USAGE}`);
    return 2;
  }
  const { positionals, values } = parsed;
  const [kind, name, extra] = positionals;
  if (!(KINDS as readonly string[]).includes(kind ?? '') || extra !== undefined) {
    console.error(`${kind ? `Cannot make "${positionals.join(' ')}".` : 'What should be made?'} Usage:\n${NEW_USAGE}`);
    return 2;
  }
  const course = resolve(values.course ?? 'course/content');
  try {
    let plan: FilePlan;
    let notes: string[] = [];
    if (kind === 'course') plan = await planNewCourse(name, values.id === undefined ? {} : { id: values.id });
    else if (kind === 'module') plan = await planNewModule(course, name);
    else if (kind === 'language') ({ plan, notes } = await planNewLanguage(course, name));
    else plan = await planNewActivity(course, kind as ActivityKind, name, values.module);
    // The one example text a learner must never see: it would be printed on their certificate.
    if (kind === 'certificate') notes = ['Name who issues the certificate: replace "The name of your school or company" in `issuer`.'];
    await plan.commit();
    const listing = [...plan.created.map((f) => `  created  ${f}`), ...plan.changed.map((f) => `  changed  ${f}`)];
    const buildCourse = kind === 'course' ? name : values.course;
    console.log(
      [
        `In ${plan.root}:`,
        ...listing,
        '',
        ...notes.map((n) => `- ${n}`),
        kind === 'language'
          ? `Translate each text marked "# TODO translate" (or export it: npx workmentor xliff export --locale ${name}${buildCourse ? ` --course ${buildCourse}` : ''}), then build.`
          : `Replace the example text (comments explain each field), then build: npx workmentor build${buildCourse ? ` --course ${buildCourse}` : ''}`,
      ].join('\n'),
    );
    return 0;
  } catch (error) {
    if (error instanceof ScaffoldError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}
