/** Every package target by name. */
import type { TargetName } from '../config.ts';
import type { Target } from './target.ts';
import { webTarget } from './web.ts';

const targets: Record<TargetName, Target> = { web: webTarget };

export const targetFor = (name: TargetName): Target => targets[name];
