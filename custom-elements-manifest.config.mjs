/**
 * The custom-elements manifest (custom-elements.json) of components/src/elements: what IDEs and
 * the element reference (docs/elements.md, tools/elements-reference/) read. `npm run
 * docs:elements` writes both; tools/elements-reference/elements-reference.test.ts fails when
 * either is out of date.
 */
import { readFileSync } from 'node:fs';
import { eventClassesPlugin } from './tools/elements-reference/event-classes-plugin.mjs';
import { fileCommentPlugin } from './tools/elements-reference/file-comment-plugin.mjs';

/** @type {import('@custom-elements-manifest/analyzer').Config} */
export default {
  globs: ['components/src/elements/**/*.ts'],
  exclude: ['**/*.test.ts', '**/test-data.ts', '**/test-driver.ts'],
  outdir: '.',
  litelement: true,
  // package.json names the manifest in `customElements` by hand; the analyzer would rewrite the file.
  packagejson: false,
  quiet: true,
  // The files in a fixed order (the analyzer keeps the order the file system lists them in), so
  // the manifest comes out the same on every machine and the up-to-date test can compare it.
  overrideModuleCreation: ({ ts, globs }) =>
    [...globs].sort().map((path) => ts.createSourceFile(path, readFileSync(new URL(path, import.meta.url), 'utf8'), ts.ScriptTarget.ES2015, true)),
  // @ts-expect-error Config types `plugins` as factories, but the analyzer wants the plugin objects.
  plugins: [fileCommentPlugin(), eventClassesPlugin()],
};
