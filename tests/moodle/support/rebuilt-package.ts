/**
 * A rebuilt package with a harmless change, as an author ships a fix: course/content copied into
 * a temporary folder, one activity's English title changed (ids and order untouched, so the
 * resume state still matches: fingerprints hold ids only, see components/src/runtime/resume/course-layout.ts),
 * built with the real pipeline, one package per module.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import type { ScormVersion } from './cmi-elements.ts';
import { buildScormPackages, COURSE_DIR, runDir } from './run-packages.ts';

export interface TitleChange {
  module: string;
  activity: string;
  title: string;
}

/** The module package of `target` rebuilt with `change`; returns the zip's path. */
export async function rebuildModulePackage(target: ScormVersion, change: TitleChange): Promise<string> {
  const work = await mkdtemp(path.join(runDir(), 'rebuilt-'));
  const courseDir = path.join(work, 'content');
  await cp(COURSE_DIR, courseDir, { recursive: true });
  const file = path.join(courseDir, 'modules', change.module, 'module.yaml');
  const doc = parseDocument(await readFile(file, 'utf8'));
  const activity = (doc.get('activities') as YAMLSeq<YAMLMap>).items.find((a) => a.get('id') === change.activity);
  if (!activity) throw new Error(`No activity ${change.activity} in ${change.module}/module.yaml`);
  activity.set('title', change.title);
  await writeFile(file, doc.toString());
  const packages = await buildScormPackages(courseDir, path.join(work, 'dist'), 'modules');
  return packages.find((p) => p.target === target && p.module === change.module)!.zip;
}
