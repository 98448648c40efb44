import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig, type TargetName } from '../config.ts';
import type { BuildContext } from '../context.ts';
import { runBuild } from '../pipeline.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../../tests/fixtures/course');

/** Strings only one adapter's code contains (API names and protocol headers survive minifying). */
const MARKERS: Record<string, string> = {
  scorm12: 'LMSInitialize',
  scorm2004: 'cmi.completion_status',
  tincan: 'activity_id',
  cmi5: 'LMS.LaunchData',
  lrs: 'X-Experience-API-Version',
  reliable: ':outbox',
};

describe('bundle app', () => {
  let ctx: BuildContext;
  /** Every script the package holds: the entry, the launch chunk beside it and the chunks loaded on demand. */
  const app = (target: TargetName) => {
    const files = ctx.packages.find((p) => p.target === target)!.files;
    return [...files].filter(([name]) => name.endsWith('.js')).map(([, bytes]) => bytes.toString('utf8')).join('\n');
  };

  beforeAll(async () => {
    ctx = await runBuild(resolveConfig({ course: FIXTURE, outDir: await mkdtemp(path.join(os.tmpdir(), 'wm-bundle-')) }));
  }, 180_000);

  it('bundles each LMS target with its own adapter and no other', () => {
    const has = (target: TargetName) => Object.keys(MARKERS).filter((m) => app(target).includes(MARKERS[m]!));
    expect(has('scorm12')).toEqual(['scorm12', 'reliable']);
    expect(has('scorm2004')).toEqual(['scorm2004', 'reliable']);
    expect(has('xapi')).toEqual(['tincan', 'lrs', 'reliable']);
    expect(has('cmi5')).toEqual(['cmi5', 'lrs', 'reliable']);
  });

  it('leaves every LMS adapter and the reliable wrapper out of the web player', () => {
    for (const marker of Object.values(MARKERS)) expect(app('web')).not.toContain(marker);
  });

  it('tells each player its target in the launch configuration', () => {
    for (const p of ctx.packages) expect(p.files.get('index.html')!.toString('utf8')).toContain(`"target":"${p.target}"`);
  });
});
