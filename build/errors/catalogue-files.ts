/** Catalogue: problems with files and folders as a whole, and with YAML syntax. */
import { defineError, listOf } from './define-error.ts';

/** Advice per `yaml` error code; the library's own message says what, these say what to do. */
const yamlFixes: Record<string, string> = {
  TAB_AS_INDENT: 'indent with spaces only; YAML does not allow tabs for indentation.',
  DUPLICATE_KEY: 'keep one of the two keys with this name and remove or rename the other.',
  BLOCK_AS_IMPLICIT_KEY: 'put the value in quotes: text that contains ": " must be quoted, e.g. title: "Tip: ask first".',
  MULTILINE_IMPLICIT_KEY: 'put the value in quotes, or continue long text on an indented line after `|` or `>`.',
  BAD_INDENT: 'line the key up with its siblings: every key of the same map starts in the same column.',
  MISSING_CHAR: 'close the quote, bracket or brace that was opened.',
  BAD_DQ_ESCAPE: 'use single quotes, or escape the backslash as \\\\.',
  UNEXPECTED_TOKEN: 'check the start of this line: text that begins with @, `, %, * or & must be quoted.',
};

export const fileErrors = {
  YamlSyntax: defineError<{ message: string; code: string }>({
    title: 'The file is not valid YAML',
    what: (p) => `${p.message}.`.replace(/\.\.$/, '.'),
    why: 'a file that cannot be read is skipped entirely, so nothing written in it reaches the course.',
    fix: (p) =>
      yamlFixes[p.code] ??
      'check the indentation (spaces only, siblings in the same column) and quote text that contains ": " or starts with a special character.',
  }),

  CourseFileMissing: defineError<{ root: string }>({
    title: 'No course.yaml',
    what: (p) => `There is no course.yaml in ${p.root}.`,
    why: 'course.yaml names the course, its languages and its modules; without it there is no course to build.',
    fix: () => 'point the build at the course folder (the one that holds course.yaml and modules/), or create course.yaml there.',
  }),

  ModuleFolderMissing: defineError<{ module: string; folders: string[] }>({
    title: 'A listed module has no folder',
    what: (p) => `Module "${p.module}" is listed in course.yaml, but modules/${p.module}/module.yaml does not exist.`,
    why: 'the table of contents would promise a module that cannot be opened.',
    fix: (p) =>
      p.folders.length > 0
        ? `create modules/${p.module}/module.yaml, or change the entry to one of the module folders: ${listOf(p.folders)}.`
        : `create modules/${p.module}/module.yaml, or remove the entry.`,
  }),

  ModuleNotListed: defineError<{ module: string }>({
    title: 'A module folder is not in course.yaml',
    severity: 'warning',
    what: (p) => `The folder modules/${p.module}/ is not listed under \`modules\` in course.yaml, so it is left out.`,
    why: 'learners will not see this module; that is fine for work in progress, but easy to miss before a release.',
    fix: (p) => `add "- ${p.module}" to \`modules\` in course.yaml where learners should meet it, or move the folder out of modules/.`,
  }),

  ModuleIdMismatch: defineError<{ id: string; folder: string }>({
    title: 'A module id differs from its folder name',
    what: (p) => `module.yaml says \`id: ${p.id}\`, but it is in the folder modules/${p.folder}/.`,
    why: 'course.yaml finds modules by folder while tracking uses the id; if they differ, a rename of either silently breaks learners\' saved progress.',
    fix: (p) => `make them the same: set \`id: ${p.folder}\`, or rename the folder to modules/${p.id}/ and update course.yaml.`,
  }),

  SourceLocaleNotListed: defineError<{ source: string; locales: string[] }>({
    title: 'The source locale is not a course locale',
    what: (p) => `\`sourceLocale\` is "${p.source}", but \`locales\` lists only: ${listOf(p.locales)}.`,
    why: 'the text written in module.yaml and the pages would never be shipped in its own language.',
    fix: (p) => `add ${p.source} to \`locales\`.`,
  }),

  NotAMap: defineError<{ file: string; found: string; fields: string[] }>({
    title: 'A YAML file that is not a map of fields',
    what: (p) => `${p.file} ${p.found === 'empty' ? 'is empty' : `holds ${p.found}, not a map of fields`}.`,
    why: 'everything in this file is read by field name; without fields, nothing in it reaches the course.',
    fix: (p) => (p.fields.length > 0 ? `write it as \`field: value\` lines, starting with: ${listOf(p.fields, 6)}.` : 'write it as `key: value` lines, nested by the dots of each key.'),
  }),

  FileUnused: defineError<{ reason: string; fix: string }>({
    title: 'A file is never used',
    severity: 'warning',
    what: (p) => `This file is not used: ${p.reason}.`,
    why: 'work put into it never reaches a learner, and unused media make every package bigger.',
    fix: (p) => p.fix,
  }),
};
