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
  RESOURCE_EXHAUSTION: 'nest fewer levels: course files need a handful of levels at most, so this is usually a run of brackets or indentation pasted by mistake.',
};

/** How to save a file as UTF-8 in the editors authors use most. */
const SAVE_AS_UTF8 = 'save it as UTF-8 (VS Code: click the encoding in the status bar, then "Save with Encoding" → UTF-8; Notepad: "Save as" → Encoding: UTF-8)';

export const fileErrors = {
  YamlSyntax: defineError<{ message: string; code: string }>({
    title: 'The file is not valid YAML',
    what: (p) =>
      p.code === 'RESOURCE_EXHAUSTION' ? 'The file nests lists or maps too deeply to be read.' : `${p.message}.`.replace(/\.\.$/, '.'),
    why: 'a file that cannot be read is skipped entirely, so nothing written in it reaches the course.',
    fix: (p) =>
      yamlFixes[p.code] ??
      'check the indentation (spaces only, siblings in the same column) and quote text that contains ": " or starts with a special character.',
  }),

  YamlTooManyAliases: defineError<{ limit: number }>({
    title: 'A YAML file whose aliases expand too far',
    what: (p) =>
      `This file repeats its anchors (\`&name\`) through aliases (\`*name\`) so often that reading it would take more than ${p.limit} copies; aliases that repeat other aliases multiply.`,
    why: 'such a file grows into millions of entries when it is read (a "billion laughs" file), which stops the build; course files never need that.',
    fix: () => 'write the repeated text out where it is needed, or use fewer aliases; the first alias is marked below.',
  }),

  YamlAliasLoop: defineError<{ alias: string }>({
    title: 'A YAML alias inside the value it repeats',
    what: (p) => `The alias \`*${p.alias}\` is inside the value anchored as \`&${p.alias}\`, so that value would contain itself without end.`,
    why: 'a value that contains itself cannot be read to the end, so nothing in this file can reach the course.',
    fix: (p) => `write out what \`*${p.alias}\` should repeat, or move the alias outside the value marked \`&${p.alias}\`.`,
  }),

  NotAFile: defineError<{ file: string; found: string }>({
    title: 'A folder or special file where a file should be',
    what: (p) => `${p.file} is ${p.found}, not a file.`,
    why: 'the build reads this name as a text file; anything else cannot be read, so what belongs in it is missing.',
    fix: (p) => `move or rename what is at ${p.file}, and put the file itself there.`,
  }),

  FileUnreadable: defineError<{ file: string; reason: string }>({
    title: 'A file the build cannot read',
    what: (p) => `${p.file} cannot be read: ${p.reason}.`,
    why: 'what is in it cannot reach the course.',
    fix: () => 'check that the file is yours and readable (on Linux or macOS: `chmod u+r <file>`), then build again.',
  }),

  LinkOutsideCourse: defineError<{ file: string; target: string }>({
    title: 'A link to a file outside the course folder',
    what: (p) => `${p.file} is a symbolic link to ${p.target}, which is outside the course folder.`,
    why: 'a package must hold only the course: through a link, any file on the computer that builds it (a private key, a password file) could end up in a package that goes to an LMS.',
    fix: (p) => `copy what the link points to into the course folder as ${p.file}, instead of linking to it.`,
  }),

  FileTooLarge: defineError<{ file: string; size: string; limit: string; kind: 'text' | 'media' }>({
    title: 'A file too large for a course',
    what: (p) => `${p.file} is ${p.size}; a course ${p.kind === 'text' ? 'text file' : 'image'} may be at most ${p.limit}.`,
    why: (p) =>
      p.kind === 'text'
        ? 'no authored page or YAML file comes near this size, so it is almost certainly not what it should be (a log, a data dump, a file pasted into itself).'
        : 'learners open the course on phones, often on slow connections: every image is downloaded with the package, and a large one makes every learner wait.',
    fix: (p) =>
      p.kind === 'text'
        ? `check what is in ${p.file}; split a long page into several pages.`
        : 'scale the image down to the size it is shown at (about 1600 pixels wide at most) and save photos as JPEG or WebP.',
  }),

  WrongEncoding: defineError<{ file: string; found: string }>({
    title: 'A text file that is not UTF-8',
    what: (p) => `${p.file} is not UTF-8 text: ${p.found}.`,
    why: 'the build, translators\' tools and every LMS read course text as UTF-8; read any other way, letters such as é, ø or ë turn into garbage, and a binary file is not text at all.',
    fix: (p) =>
      p.found.includes('binary') ? `put text in ${p.file}; if this is an image, save it in the module's media/ folder and show it with ![what it shows](media/<file name>).` : `${SAVE_AS_UTF8}.`,
  }),

  ControlCharacter: defineError<{ code: string; name: string; more: number }>({
    title: 'An invisible control character in text',
    what: (p) => `There is an invisible control character here: ${p.code} (${p.name})${p.more > 0 ? `, and ${p.more} more in this file` : ''}.`,
    why: 'editors do not show it, but it ends up in the text learners see, in LMS manifests (where XML forbids it) and in tracking data; it usually comes from copying text out of another program.',
    fix: (p) =>
      p.code === 'U+0000' && p.more > 10
        ? `this many NUL characters mean the file is UTF-16 or binary: ${SAVE_AS_UTF8}.`
        : 'delete it: retype the characters around the marked spot, or paste the text as plain text (Ctrl+Shift+V).',
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
