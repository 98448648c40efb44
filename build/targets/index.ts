/** Every package target by name. */
import type { TargetName } from '../config.ts';
import { cmi5Target } from './cmi5.ts';
import { scorm12Target } from './scorm12.ts';
import { scorm2004Target } from './scorm2004.ts';
import type { Target } from './target.ts';
import { webTarget } from './web.ts';
import { xapiTarget } from './xapi.ts';

const targets: Record<TargetName, Target> = {
  scorm12: scorm12Target,
  scorm2004: scorm2004Target,
  xapi: xapiTarget,
  cmi5: cmi5Target,
  web: webTarget,
};

export const targetFor = (name: TargetName): Target => targets[name];
