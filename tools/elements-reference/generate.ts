/**
 * Second half of `npm run docs:elements`: after `cem analyze` has written custom-elements.json
 * (configured in custom-elements-manifest.config.mjs), writes docs/elements.md from it. Run it
 * after changing an element's public properties, events or their JSDoc;
 * elements-reference.test.ts fails until it has run.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Package } from 'custom-elements-manifest/schema';
import { renderElementsReference } from './render-reference.ts';

const REPO = join(import.meta.dirname, '../..');
const MANIFEST_FILE = join(REPO, 'custom-elements.json');
const REFERENCE_FILE = join(REPO, 'docs/elements.md');

const manifest = JSON.parse(await readFile(MANIFEST_FILE, 'utf8')) as Package;
await writeFile(REFERENCE_FILE, renderElementsReference(manifest));
console.log('Wrote docs/elements.md from custom-elements.json.');
