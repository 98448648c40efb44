/**
 * A build that stopped on content errors. Carries the errors so the CLI can print them all;
 * thrown by a step, caught by the pipeline, never half-written to `dist/`.
 */
import type { ContentError } from './errors/content-error.ts';

export class BuildFailure extends Error {
  readonly errors: ContentError[];

  constructor(errors: ContentError[]) {
    super(`${errors.length} content error(s)`);
    this.name = 'BuildFailure';
    this.errors = errors;
  }
}
