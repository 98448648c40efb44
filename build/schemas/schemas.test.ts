import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDITOR_SCHEMAS, schemaKindOf } from './editor-schemas.ts';
import { courseYamlFiles, renderSchemas } from './generate.ts';
import { modelineOf, SCHEMAS_DIR } from './modeline.ts';
import { schemaValidator } from './schema-validator.ts';

const REPO = join(import.meta.dirname, '../..');
const COURSES = { 'course/content': join(REPO, 'course/content'), 'tests/fixtures/course': join(REPO, 'tests/fixtures/course') };
const validate = schemaValidator();

describe('editor schemas (schemas/*.schema.json)', () => {
  it('are up to date with the zod schemas and translatable.ts', async () => {
    for (const [file, text] of renderSchemas()) {
      const committed = await readFile(join(SCHEMAS_DIR, file), 'utf8').catch(() => '(missing)');
      expect(committed, `schemas/${file} is out of date with course/schema/ or build/load/translatable.ts: run \`npm run schemas\``).toBe(text);
    }
  });

  for (const [name, root] of Object.entries(COURSES)) {
    it(`accept every YAML file of ${name} (the schemas are not too strict)`, async () => {
      const files = await courseYamlFiles(root);
      expect(files.length).toBeGreaterThan(4);
      for (const path of files) {
        expect(validate(schemaKindOf(path)!, await readFile(join(root, path), 'utf8')), `${name}/${path}`).toEqual([]);
      }
    });
  }

  it('flag what an author gets wrong: an unknown field, a wrong value, a key a translation cannot have', async () => {
    const module = await readFile(join(COURSES['course/content'], 'modules/feedback/module.yaml'), 'utf8');
    expect(validate('module', module.replace('\nsummary:', '\nsumary:')).join('\n')).toMatch(/additionalProperties|required/);
    expect(validate('module', module.replace('quality: good', 'quality: great')).join('\n')).toContain('quality');
    const nl = await readFile(join(COURSES['course/content'], 'modules/feedback/i18n/nl.yaml'), 'utf8');
    expect(validate('module-translation', `${nl}sumary: Samenvatting\n`).join('\n')).toContain('sumary');
    expect(validate('module-translation', `${nl.replace(/^title: .*$/m, 'title:')}`).join('\n')).toContain('/title');
    expect(validate('course', 'id: x\n').join('\n')).toContain('required');
  });

  it('are named by the modeline of every course/content file, by a path that resolves', async () => {
    const root = COURSES['course/content'];
    for (const path of await courseYamlFiles(root)) {
      const schema = modelineOf(await readFile(join(root, path), 'utf8'));
      const expected = EDITOR_SCHEMAS.find((s) => s.kind === schemaKindOf(path))!.file;
      expect(schema && resolve(dirname(join(root, path)), schema), path).toBe(join(SCHEMAS_DIR, expected));
    }
  });

  it('are mapped for VS Code (yaml.schemas) to the files they describe', async () => {
    const settings = JSON.parse(await readFile(join(REPO, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string[]> };
    expect(settings['yaml.schemas']).toEqual(Object.fromEntries(EDITOR_SCHEMAS.map((s) => [`./schemas/${s.file}`, [...s.globs]])));
  });
});
