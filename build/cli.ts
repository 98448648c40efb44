/**
 * `workmentor`: builds course packages and the facilitator guide, and serves a preview.
 *
 *   workmentor build   [--course DIR] [--out DIR] [--target scorm12,scorm2004,xapi,cmi5,web]
 *                      [--locale en,nl] [--split modules] [--cmi5-aus modules]
 *   workmentor guide   [--course DIR] [--out DIR] [--locale en,nl]
 *   workmentor preview [--course DIR] [--port N]
 *   workmentor reopen-code REQUEST-CODE
 *
 * Packages: `<out>/<course-id>-<version>-<target>[-module-aus][-<module>][-<locale>].zip`
 * (`-module-aus`: the cmi5 package with one AU per module).
 * Facilitator guides (written by `build` too): `<out>/<course-id>-<version>-facilitator-guide-<locale>.html`.
 *
 * Content errors are printed all at once with file:line:col; the exit code is 1 and nothing is
 * written to the output folder.
 */
import { parseArgs } from 'node:util';
import { BuildFailure } from './build-failure.ts';
import { CMI5_AUS, resolveConfig, SPLITS, TARGETS, type Cmi5Aus, type Split, type TargetName, type UserConfig } from './config.ts';
import type { BuildContext } from './context.ts';
import { formatErrors } from './errors/format-errors.ts';
import { packageTable } from './report.ts';
import { STUDIO_TARGETS } from './studio/studio-targets.ts';
import type { Locale } from '../course/schema/ids.ts';
import { isLocaleTag } from '../course/schema/locale-tag.ts';

const USAGE = `Usage:
  workmentor build   [--course DIR] [--out DIR] [--target ${TARGETS.join(',')}] [--locale en,nl,nb]
                     [--split modules] [--cmi5-aus modules]
  workmentor guide   [--course DIR] [--out DIR] [--locale en,nl,nb]
  workmentor preview [--course DIR] [--port N]   (default port 5317, or $PORT)
  workmentor reopen-code REQUEST-CODE

  reopen-code turns the request code a learner's final assessment shows (when a trainer must
  reopen it) into the reopen code the learner types in. It deters, it does not secure: the
  check runs in the learner's browser.

  build writes the packages and the facilitator guides; guide writes only the guides,
  one printable HTML file per locale: <course-id>-<version>-facilitator-guide-<locale>.html

  --course DIR        the course folder (default course/content)
  --out DIR           where zips and guides are written (default dist)
  --target LIST       package formats, comma-separated (default: all)
  --locale LIST       locales to check and build (default: all the course has; the source is always in);
                      one locale adds -<locale> to file names
  --split modules     one package per module (adds -<module> to file names) instead of one per course
  --cmi5-aus modules  cmi5: one AU per module instead of one AU for the whole course (file name …-cmi5-module-aus.zip)
  --draft             missing translations shown in the source language, marked [nl?], and listed as
                      warnings instead of stopping the build; file names end in -draft (never a release).
                      preview is always a draft

  workmentor new course DIR [--id ID]         starting files that build at once (build/scaffold/)
  workmentor new module ID [--course DIR]
  workmentor new dialogue|quiz|exercise|reflection|certificate ID --module MODULE [--course DIR]
  workmentor new language LOCALE [--course DIR]

  workmentor xliff export --locale nl [--course DIR] [--out FILE] [--xliff-version 2.0|1.2] [--module ID]
  workmentor xliff import FILE [--course DIR]   (2.0 or 1.2; nothing is written on any error)
  workmentor xliff report [--course DIR]        translated and missing texts per language and module`;

const color = process.stdout.isTTY && !process.env.NO_COLOR;

async function main(argv: string[]): Promise<number> {
  // `new` has options of its own (--module, --id), so it parses its arguments itself.
  if (argv[0] === 'new') return (await import('./scaffold/scaffold-cli.ts')).newCommand(argv.slice(1));
  // So does `xliff` (--xliff-version, --module): build/xliff/xliff-cli.ts.
  if (argv[0] === 'xliff') return (await import('./xliff/xliff-cli.ts')).xliffCommand(argv.slice(1));
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      course: { type: 'string' },
      out: { type: 'string' },
      target: { type: 'string', multiple: true },
      locale: { type: 'string' },
      split: { type: 'string' },
      'cmi5-aus': { type: 'string' },
      draft: { type: 'boolean' },
      port: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const command = positionals[0];
  if (values.help || !command) {
    console.log(USAGE);
    return command || values.help ? 0 : 2;
  }
  if (command === 'reopen-code') return reopenCodeCommand(positionals[1]);
  const targets = values.target?.flatMap((t) => t.split(','));
  const unknown = targets?.filter((t) => !(TARGETS as readonly string[]).includes(t));
  if (unknown?.length) {
    console.error(`Unknown target "${unknown.join('", "')}". Choose from: ${TARGETS.join(', ')}.`);
    return 2;
  }
  const locales = values.locale?.split(',').filter(Boolean);
  const badLocale = locales?.find((l) => !isLocaleTag(l));
  if (badLocale !== undefined) {
    console.error(`"${badLocale}" is not a language tag. Write the course's locales as in course.yaml, such as en,nl or pt-BR.`);
    return 2;
  }
  const split = values.split;
  if (split !== undefined && !(SPLITS as readonly string[]).includes(split)) {
    console.error(`Unknown split "${split}". Choose from: ${SPLITS.join(', ')}.`);
    return 2;
  }
  const cmi5Aus = values['cmi5-aus'];
  if (cmi5Aus !== undefined && !(CMI5_AUS as readonly string[]).includes(cmi5Aus)) {
    console.error(`Unknown cmi5 AU structure "${cmi5Aus}". Choose from: ${CMI5_AUS.join(', ')}.`);
    return 2;
  }
  const user: UserConfig = {
    ...(values.course ? { course: values.course } : {}),
    ...(values.out ? { outDir: values.out } : {}),
    ...(targets ? { targets: targets as TargetName[] } : {}),
    ...(locales?.length ? { locales: locales as Locale[] } : {}),
    ...(split ? { split: split as Split } : {}),
    ...(cmi5Aus ? { cmi5Aus: cmi5Aus as Cmi5Aus } : {}),
    ...(values.draft ? { draft: true } : {}),
  };
  if (command === 'build') return (await build(user)) ? 0 : 1;
  if (command === 'guide') {
    const extra = (['target', 'split', 'cmi5-aus', 'port'] as const).find((option) => values[option] !== undefined);
    if (extra) {
      console.error(`--${extra} does not apply to "guide": the guide covers the whole course. Options: --course, --out, --locale.`);
      return 2;
    }
    return (await build(user, 'guide')) ? 0 : 1;
  }
  // The studio previews work in progress: always a draft, so an untranslated text shows, marked, instead of stopping the preview.
  if (command === 'preview') return preview({ ...user, targets: [...STUDIO_TARGETS], draft: true }, Number(values.port ?? process.env.PORT ?? 5317));
  console.error(`Unknown command "${command}".\n${USAGE}`);
  return 2;
}

/** `build`: packages and guides; `guide`: the facilitator guides alone. */
async function build(user: UserConfig, what: 'build' | 'guide' = 'build'): Promise<BuildContext | undefined> {
  const config = resolveConfig(user);
  const started = performance.now();
  // Imported here, not at the top: Vite and the loader take seconds to load, and `--help` or a
  // mistyped option should answer at once.
  const { buildSteps, guideSteps, runBuild } = await import('./pipeline.ts');
  try {
    const ctx = await runBuild(config, {
      steps: what === 'guide' ? guideSteps() : buildSteps(),
      log: (m) => console.log(`  ${m}`),
      onStep: (step, i, total) => console.log(`[${i + 1}/${total}] ${step.name}`),
      onProgress: (m) => console.log(`  ${m}`),
    });
    const built = [
      ...(what === 'build' ? [`${ctx.packages.length} package(s)`] : []),
      `${ctx.guides.length} facilitator guide(s)`,
      ...(ctx.templates.length ? [`${ctx.templates.length} printable template(s)`] : []),
    ]
      .join(', ')
      .replace(/, ([^,]*)$/, ' and $1');
    console.log(`\n${packageTable(ctx, config.outDir)}\n\nBuilt ${built} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    return ctx;
  } catch (error) {
    if (error instanceof BuildFailure) {
      console.error(`\n${formatErrors(error.errors, { color })}`);
      return undefined;
    }
    throw error;
  }
}

/** `reopen-code`: a trainer reopens a learner's final assessment (components/src/runtime/reopen-code.ts). */
async function reopenCodeCommand(request: string | undefined): Promise<number> {
  const { reopenCode } = await import('../components/src/runtime/reopen-code.ts');
  const code = request === undefined ? undefined : reopenCode(request);
  if (request === undefined || !code) {
    console.error(
      request === undefined
        ? 'Give the request code the learner sees, like: workmentor reopen-code 7K3Q-9XP'
        : `"${request}" is not a request code: it has a typing error. Ask the learner to read it again, character by character.`,
    );
    return 2;
  }
  console.log(`Reopen code for ${request.trim().toUpperCase()}: ${code}\nThe learner types it under "Reopen code from your trainer"; it opens a new round of attempts for that learner once.`);
  return 0;
}

async function preview(user: UserConfig, port: number): Promise<number> {
  const { startStudio } = await import('./studio/studio-server.ts');
  const studio = await startStudio({ config: resolveConfig(user), port, log: (message) => console.log(`  ${message}`) });
  console.log(`\nPreview studio: ${studio.url}  (saving a content file rebuilds and reloads; Ctrl+C to stop)`);
  await new Promise<void>((resolve) => process.once('SIGINT', resolve).once('SIGTERM', resolve));
  await studio.close();
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  },
);
