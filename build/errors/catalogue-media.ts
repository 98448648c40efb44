/**
 * Catalogue: media files that pages show. They ship inside every package and are served from
 * the LMS's own web address, so anything beyond a still picture (a page, a script inside an
 * SVG) would run there with the learner's session. Refused with what was found and where.
 */
import { defineError, listOf } from './define-error.ts';

const CLEAN_SVG =
  'export the drawing again as a plain SVG (Inkscape: File → Save As → "Plain SVG" or "Optimized SVG"; Illustrator: File → Export → Export As → SVG), or save it as PNG';

export const mediaErrors = {
  MediaTypeNotAllowed: defineError<{ file: string; ext: string; allowed: string[] }>({
    title: 'A media file that is not an image',
    what: (p) => `${p.file} is shown as an image, but ${p.ext ? `\`${p.ext}\` files are` : 'a file without an extension is'} not an image type pages can show.`,
    why: 'every media file ships in the package on the LMS\'s own web address; a web page, script or document there could be opened directly and act as the learner.',
    fix: (p) => `save the picture as one of: ${listOf(p.allowed)}; put documents and videos on a website and link to them.`,
  }),

  MediaNotAnImage: defineError<{ file: string; expected: string; found: string }>({
    title: 'A media file whose content is not what its name says',
    what: (p) => `${p.file} is named as ${p.expected} image, but it holds ${p.found}.`,
    why: 'a learner would see a broken image, and a file that is not an image can be something that runs when it is opened directly from the LMS.',
    fix: () => 'open the file in an image editor and save it again in the format its name says (or rename it to match its real format).',
  }),

  UnsafeSvg: defineError<{ found: string; effect: string }>({
    title: 'An SVG that is more than a picture',
    what: (p) => `This SVG contains ${p.found}.`,
    why: (p) => p.effect,
    fix: () => `remove it; ${CLEAN_SVG}. Drawing elements, gradients, filters, text and links to #ids inside the file are all fine.`,
  }),

  CoverNotFound: defineError<{ cover: string; reason: 'outside-media' | 'missing' }>({
    title: 'A course cover that is not a picture in the course\'s media folder',
    what: (p) =>
      p.reason === 'missing'
        ? `The cover \`${p.cover}\` does not exist in the course folder.`
        : `The cover \`${p.cover}\` is not a file directly inside the course's \`media/\` folder.`,
    why: 'the welcome screen shows the cover above the course title; it ships in the package as `media/<name>`, so it must be a file there that the build can check.',
    fix: () => 'put the picture in `media/` beside course.yaml (for example `media/cover.svg`) and write `cover: media/cover.svg`, or remove `cover`.',
  }),

  CardNotFound: defineError<{ card: string; module: string; reason: 'outside-media' | 'missing' }>({
    title: 'A module card picture that is not a picture in the course\'s media folder',
    what: (p) =>
      p.reason === 'missing'
        ? `The card picture \`${p.card}\` of module \`${p.module}\` does not exist in the course folder.`
        : `The card picture \`${p.card}\` of module \`${p.module}\` is not a file directly inside the course's \`media/\` folder.`,
    why: 'the welcome screen and the module\'s start screen show the picture at the top of the module\'s card; it ships in the package as `media/<name>`, so it must be a file there that the build can check.',
    fix: (p) => `put the picture in the course's \`media/\` folder (beside course.yaml, not the module's own) and write its path from the course folder, for example \`card: media/card-${p.module}.svg\`, or remove \`card\`.`,
  }),

  SvgUnreadable: defineError<{ problem: string }>({
    title: 'An SVG the build cannot check',
    what: (p) => `This SVG cannot be checked: ${p.problem}.`,
    why: 'every SVG is checked for scripts and outside references before it ships; a file the check cannot read completely could be read differently by a browser, so it is not shipped.',
    fix: () => `${CLEAN_SVG}.`,
  }),
};
