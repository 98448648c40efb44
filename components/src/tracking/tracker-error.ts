/** Its own file so adapters can throw it without bundling the zod schemas of `tracker.ts`. */
import type { TrackerOperation, TrackerProblem, TrackerProblemKind } from './tracker.ts';

/** The error `saveState` rejects with when the state was not kept. */
export class TrackerError extends Error {
  override readonly name = 'TrackerError';
  readonly operation: TrackerOperation;
  readonly kind: TrackerProblemKind;

  constructor(problem: TrackerProblem) {
    super(problem.message);
    this.operation = problem.operation;
    this.kind = problem.kind;
  }
}