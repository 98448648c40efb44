/**
 * Validates a document against XML schemas with Debian's `xmllint` (libxml2-utils), offline.
 * libxml2 does not follow `xsi:schemaLocation` once a schema is given, and the content
 * packaging schemas use strict wildcards, so a small driver schema imports every namespace
 * the document uses from the given schema files (the ones shipped in the package).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { FileSet } from '../context.ts';
import { el, renderXml } from './xml-tree.ts';

const run = promisify(execFile);

export const XMLLINT = '/usr/bin/xmllint';
export const hasXmllint = (): boolean => existsSync(XMLLINT);

export interface XmlValidation {
  valid: boolean;
  /** xmllint's messages, paths relative to the temp folder. */
  output: string;
}

export interface ValidateOptions {
  document: Buffer;
  /** Schema files by name; they are written side by side, as at a package root. */
  schemas: FileSet;
  /** Namespace → schema file name for each namespace the document uses. */
  namespaces: readonly (readonly [namespace: string, file: string])[];
}

export async function validateXml(options: ValidateOptions): Promise<XmlValidation> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wm-xmllint-'));
  try {
    for (const [name, data] of options.schemas) await writeFile(path.join(dir, name), data);
    const driver = el(
      'xs:schema',
      { 'xmlns:xs': 'http://www.w3.org/2001/XMLSchema' },
      options.namespaces.map(([namespace, file]) => el('xs:import', { namespace, schemaLocation: file })),
    );
    await writeFile(path.join(dir, 'validation-driver.xsd'), renderXml(driver));
    await writeFile(path.join(dir, 'document.xml'), options.document);
    try {
      const { stderr } = await run(XMLLINT, ['--noout', '--nonet', '--schema', 'validation-driver.xsd', 'document.xml'], { cwd: dir });
      return { valid: true, output: stderr };
    } catch (error) {
      const e = error as { stderr?: string; message: string };
      return { valid: false, output: e.stderr || e.message };
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
