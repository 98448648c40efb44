/**
 * A Moodle file the import cannot read at all (not a row it cannot match: those go in the
 * report). Answered 400, the message naming the line when there is one and saying what to do;
 * nothing of the file is registered.
 */
export class MoodleFileError extends Error {
  readonly line: number | undefined;

  constructor(message: string, line?: number) {
    super(line === undefined ? message : `line ${line}: ${message}`);
    this.name = 'MoodleFileError';
    this.line = line;
  }
}
