/**
 * `npm run fonts`: cuts the course's web font files (components/src/styles/web-font-subsets.ts)
 * out of @fontsource-variable/inter with HarfBuzz's subsetter, and writes them with the font's
 * licence to components/public/fonts/, which Vite copies into every package. The output is
 * committed: the build copies files instead of subsetting on every run (which would add seconds
 * and a WebAssembly step to each build), and a change of the list is one command and a review.
 *
 * Inter is under the SIL Open Font License 1.1 without a Reserved Font Name, so a subset may keep
 * its name; the licence must travel with the files (OFL.txt beside them).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFontUntyped from 'subset-font';
import { codePoints, WEB_FONT_SUBSETS, WEB_FONT_WEIGHTS } from '../../components/src/styles/web-font-subsets.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FONT_OUT_DIR = path.join(ROOT, 'components/public/fonts');

/**
 * Layout features text needs (kerning, ligatures, marks for combining accents, localised forms),
 * tabular figures for scores, and Inter's `cv05` (l with a tail) and `cv08` (I with serifs),
 * which the tokens switch on so l, I and 1 never look alike in a learner's name or a code.
 */
const FEATURES = ['kern', 'liga', 'calt', 'ccmp', 'locl', 'mark', 'mkmk'];

/** subset-font 2.9's options; its published types (2.3) lack `keepFeatures`. */
interface SubsetOptions {
  targetFormat: 'woff2';
  variationAxes: Record<string, { min: number; max: number }>;
  keepFeatures: string[];
}
const subsetFont = subsetFontUntyped as unknown as (font: Buffer, text: string, options: SubsetOptions) => Promise<Buffer>;

async function main(): Promise<void> {
  const require = createRequire(import.meta.url);
  const packageDir = path.dirname(require.resolve('@fontsource-variable/inter/package.json'));
  await mkdir(FONT_OUT_DIR, { recursive: true });
  for (const subset of WEB_FONT_SUBSETS) {
    const source = await readFile(path.join(packageDir, 'files', subset.source));
    const text = String.fromCodePoint(...codePoints(subset.unicodeRange));
    const font = await subsetFont(source, text, {
      targetFormat: 'woff2',
      variationAxes: { wght: { min: WEB_FONT_WEIGHTS.min, max: WEB_FONT_WEIGHTS.max } },
      keepFeatures: FEATURES,
    });
    await writeFile(path.join(FONT_OUT_DIR, subset.file), font);
    console.log(`${subset.file}: ${font.length} bytes (from ${source.length})`);
  }
  const licence = await readFile(path.join(packageDir, 'LICENSE'), 'utf8');
  const version = (JSON.parse(await readFile(path.join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;
  const header = [
    'The course text is set in Inter, by Rasmus Andersson and the Inter Project Authors.',
    `These files are subsets of @fontsource-variable/inter ${version} (weights ${WEB_FONT_WEIGHTS.min}-${WEB_FONT_WEIGHTS.max}),`,
    'made by build/fonts/subset-fonts.ts. They are licensed under the SIL Open Font License 1.1:',
    '',
  ].join('\n');
  await writeFile(path.join(FONT_OUT_DIR, 'OFL.txt'), `${header}\n${licence}`);
}

await main();
