/**
 * The one error the resume readers throw: a stored state that cannot mean anything in this
 * course (an index past a list, a state that ends early, a character outside the alphabet).
 * Thrown inside the readers only and caught at a record boundary, so `decodeResume` drops
 * what is damaged, keeps the rest and never throws to its caller.
 */
export class CorruptState extends Error {
  override readonly name = 'CorruptState';
}
