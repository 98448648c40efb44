/**
 * Catalogue: pages (Markdown files and their images) and translations. Translation keys follow
 * the scheme documented in build/load/translatable.ts; `npx tsx build/i18n-extract.ts <course>
 * <locale>` prints every missing key with its English text, which most fixes point to.
 */
import { defineError, didYouMean, excerpt, listOf } from './define-error.ts';

const WORKSHEET = 'npx tsx build/i18n-extract.ts <course-folder>';

export const translationErrors = {
  PageFileMissing: defineError<{ page: string; expected: string; renamedFrom?: string }>({
    title: 'A page without its Markdown file',
    what: (p) =>
      `Page "${p.page}" has no Markdown file: ${p.expected} does not exist.${p.renamedFrom ? ` ${p.renamedFrom} belongs to no page: was the page renamed?` : ''}`,
    why: 'the learner would open an empty page.',
    fix: (p) =>
      p.renamedFrom
        ? `rename ${p.renamedFrom} to ${p.expected}, and its translations (<old id>.<locale>.md) the same way; or, if the old id is the one you meant, change the id in module.yaml back.`
        : `create ${p.expected} with the page text, or check that the activity id and the file name match exactly.`,
  }),

  PageEmpty: defineError<{ file: string }>({
    title: 'An empty page',
    what: (p) => `${p.file} is empty.`,
    why: 'the learner would open a page with nothing on it, and it would still count as done.',
    fix: () => 'write the page text, or remove the page activity from module.yaml.',
  }),

  ImageAltMissing: defineError<{ src: string }>({
    title: 'An image without alt text',
    what: (p) => `The image ${p.src} has no alt text.`,
    why: 'a learner using a screen reader, or on a connection too slow to load images, would not know what the image shows.',
    fix: (p) => `describe what the image shows between the brackets: ![A mentor showing the till to an apprentice](${p.src}). Translate it in the translated pages too.`,
  }),

  ImageFileMissing: defineError<{ src: string; module: string; available: string[]; suggestion?: string }>({
    title: 'An image file that does not exist',
    what: (p) => `The image ${p.src} does not exist in modules/${p.module}/media/.${didYouMean(p.suggestion, '"')}`,
    why: 'the learner would see a broken image, and the package would miss a file.',
    fix: (p) =>
      p.available.length > 0
        ? `add the file to modules/${p.module}/media/, or use one that is there: ${listOf(p.available.map((f) => `media/${f}`))}.`
        : `add the file to modules/${p.module}/media/ and refer to it as media/<file name>.`,
  }),

  ImageNotLocal: defineError<{ src: string; module: string }>({
    title: 'An image from outside the module',
    what: (p) => `The image ${p.src} is not a file in modules/${p.module}/media/.`,
    why: 'packages must work inside an LMS without internet access and be the same every time they are built, so every image ships inside the package.',
    fix: (p) => `save the image in modules/${p.module}/media/ and refer to it as media/<file name>.`,
  }),

  PageContentRemoved: defineError<{ kind: 'tag' | 'element' | 'attributes' | 'link'; tag: string; dropped: string[] }>({
    title: 'Raw HTML or a link target that a page cannot keep',
    severity: 'warning',
    what: (p) => {
      switch (p.kind) {
        case 'element':
          return `The HTML element \`<${p.tag}>\` is removed from this page, with everything inside it.`;
        case 'tag':
          return p.tag === 'img' ? 'This HTML image `<img>` is removed from this page.' : `The HTML tag \`<${p.tag}>\` is removed from this page; the text inside it stays.`;
        case 'attributes':
          return `${p.dropped.length === 1 ? 'The attribute' : 'The attributes'} ${listOf(p.dropped.map((a) => `\`${a}\``))} of \`<${p.tag}>\` ${p.dropped.length === 1 ? 'is' : 'are'} removed from this page.`;
        case 'link':
          return `The link target \`${excerpt(p.dropped[0] ?? '')}\` is removed from this page: the link text stays, but leads nowhere.`;
      }
    },
    why: 'pages keep only Markdown and a few harmless HTML tags, so nothing in a page can run script, load from elsewhere or restyle the player inside an LMS; what is removed never reaches learners.',
    fix: (p) => {
      if (p.kind === 'link') return 'link to an http, https or mailto address, or to a page in the package, or remove the link.';
      if (p.kind === 'attributes') return 'remove the attribute: the look and the behaviour of a page come from the player, not from the page.';
      if (p.tag === 'img') return "write the image in Markdown, ![what it shows](media/<file name>), with the file in the module's media/ folder.";
      if (p.kind === 'element') return 'remove it: pages cannot hold scripts, styles or form fields.';
      return 'write it in Markdown instead (## for a heading, **bold**, - for a list, [text](https://…) for a link, | for a table), or remove the tag.';
    },
  }),

  TranslationFileMissing: defineError<{ locale: string; file: string; count: number; course: string }>({
    title: 'A course locale without a translation file',
    what: (p) => `${p.file} does not exist, so all ${p.count} texts of it are missing in "${p.locale}".`,
    why: (p) => `the course ships in "${p.locale}", and learners would get a mix of English and their language.`,
    fix: (p) => `run \`${WORKSHEET.replace('<course-folder>', () => p.course)} ${p.locale}\` for a worksheet with every key and its English text, translate it and save it as ${p.file}.`,
  }),

  TranslationKeyMissing: defineError<{ key: string; locale: string; english: string; course: string }>({
    title: 'A text that is not translated',
    what: (p) => `"${p.key}" has no "${p.locale}" translation (English: "${excerpt(p.english)}").`,
    why: 'a learner would see this text in English in the middle of their own language.',
    fix: (p) => `add \`${p.key}\` to this file, nested by the dots; \`${WORKSHEET.replace('<course-folder>', () => p.course)} ${p.locale}\` lists every missing key with its English text.`,
  }),

  TranslationKeyUnknown: defineError<{ key: string; locale: string; suggestion?: string }>({
    title: 'A translation for text that does not exist',
    what: (p) => `"${p.key}" is not a text in the English source, so this "${p.locale}" translation is never used.${didYouMean(p.suggestion, '"')}`,
    why: 'usually an id was renamed or mistyped; the text the translator meant is then missing for learners.',
    fix: (p) =>
      p.suggestion
        ? `rename the key to "${p.suggestion}".`
        : 'remove it, or move it to the key of the text it translates (keys are paths of ids; see the header of build/load/translatable.ts).',
  }),

  TranslationLineCount: defineError<{ locale: string; dialogue: string; node: string; lines: number; expected: number }>({
    title: 'A dialogue node with more or fewer lines in translation',
    what: (p) =>
      `The "${p.locale}" translation of node "${p.node}" in dialogue "${p.dialogue}" has ${p.lines} ${p.lines === 1 ? 'line' : 'lines'}, where the English has ${p.expected}.`,
    why: 'lines are matched to their speakers by position, so an extra or a missing line puts words in the wrong mouth or leaves a line in English.',
    fix: (p) =>
      p.lines > p.expected
        ? `merge the translation into ${p.expected} ${p.expected === 1 ? 'line' : 'lines'}, one per English line and in the same order; a long line may stay long.`
        : `translate each of the ${p.expected} English lines as its own entry under \`lines\`, in the same order.`,
  }),

  TranslationIdRenamed: defineError<{ locale: string; key: string; from: string; to: string; count: number }>({
    title: 'Translations under an id that was renamed',
    what: (p) =>
      `The "${p.locale}" texts under "${p.key}" belong to an id the English source does not have; they match the ${p.count === 1 ? 'untranslated text' : `${p.count} untranslated texts`} of "${p.to}" in its place.`,
    why: 'an id renamed in module.yaml (or mistyped here) leaves its translations unused, so learners would read those texts in English.',
    fix: (p) => `rename the key "${p.from}" to "${p.to}" in this file; if "${p.from}" is the id you meant, rename it back in module.yaml instead.`,
  }),

  TranslationEmpty: defineError<{ key: string; locale: string }>({
    title: 'An empty translation',
    what: (p) => `The "${p.locale}" translation of "${p.key}" is empty.`,
    why: 'the learner would see a blank title, choice or answer.',
    fix: () => 'write the translation after the colon, on the same line or indented below it.',
  }),

  TranslationWrongShape: defineError<{ key: string; locale: string; expected: 'text' | 'list' }>({
    title: 'A translation of the wrong shape',
    what: (p) =>
      p.expected === 'list'
        ? `The "${p.locale}" translation of "${p.key}" should be a list of accepted answers.`
        : `The "${p.locale}" translation of "${p.key}" should be text, not a list or a map.`,
    why: 'a translation can change only the words; its shape must match the English source or the player cannot use it.',
    fix: (p) =>
      p.expected === 'list'
        ? 'write each accepted answer on its own line starting with "- " (answers differ per language, so list every one a learner might type).'
        : 'write the translated text directly after the key; nested keys under it mean a path that does not exist.',
  }),

  DraftTranslationMissing: defineError<{ locale: string; file: string; count: number }>({
    severity: 'warning',
    title: 'Untranslated texts shown in the source language (draft)',
    what: (p) => `${p.count} text(s) of ${p.file} have no "${p.locale}" translation yet; the draft shows them in the source language, marked [${p.locale}?].`,
    why: 'a draft lets a new module or language be previewed before it is translated; a release build refuses it.',
    fix: (p) => `translate them in ${p.file} (or export the language with \`workmentor xliff export --locale ${p.locale}\`); build without --draft to check nothing is left.`,
  }),

  TranslatedPageMissing: defineError<{ page: string; locale: string; file: string }>({
    title: 'A page that is not translated',
    what: (p) => `Page "${p.page}" has no "${p.locale}" translation: ${p.file} does not exist.`,
    why: 'learners in this language would open an empty page.',
    fix: (p) => `copy the English page to ${p.file} and translate it; keep image paths as they are and translate the alt text.`,
  }),

  LocaleMistyped: defineError<{ locale: string; meant: string; files: string[] }>({
    title: 'A course locale that is probably mistyped',
    what: (p) =>
      `Locale "${p.locale}" in \`locales\` has no translation file, but ${p.files.length} ${p.files.length === 1 ? 'file is' : 'files are'} written for "${p.meant}", which the course does not list (${listOf(p.files, 3)}).`,
    why: (p) => `learners choosing "${p.locale}" would get a course with nothing translated, while the "${p.meant}" translations are never read.`,
    fix: (p) => `change "${p.locale}" to "${p.meant}" in \`locales\`; if "${p.locale}" is right, rename the "${p.meant}" files (i18n/${p.meant}.yaml, pages/*.${p.meant}.md, templates/*.${p.meant}.md) to "${p.locale}".`,
  }),

  LocaleNotInCourse: defineError<{ locale: string; locales: string[] }>({
    title: 'A translation for a locale the course does not ship',
    what: (p) => `This file is for locale "${p.locale}", which is not in \`locales\` in course.yaml (${listOf(p.locales)}).`,
    why: 'it would never reach a learner; usually the locale code is mistyped (Norwegian bokmål is "nb", not "no").',
    fix: (p) => `rename the file to one of the course's locales, or add "${p.locale}" to \`locales\` if the course supports it (supported: en, nl, nb).`,
  }),
};
