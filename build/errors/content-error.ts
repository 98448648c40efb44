/**
 * A problem in authored content, as the loader reports it and the CLI prints it: a stable name
 * (tests, docs and search engines can rely on it), where it is, what is wrong, why it matters to
 * a learner or an LMS, and what to do. Built from the catalogue so the wording lives in one place.
 */
import { catalogue, type ErrorName, type ErrorParams } from './catalogue.ts';
import type { ErrorKind } from './define-error.ts';

export type Severity = 'error' | 'warning';

export interface ContentError {
  /** Stable PascalCase name from the catalogue (or a build step's own, e.g. `ResumeStateTooLarge`). */
  name: string;
  /** Warnings do not stop a build. Absent means error. */
  severity?: Severity;
  /** Path relative to the course root, forward slashes. */
  file: string;
  /** 1-based; 0 when the problem is about the file as a whole (or a file that does not exist). */
  line: number;
  column: number;
  what: string;
  why: string;
  fix: string;
  /** Plain-text code frame around `line:column`, as rendered by `codeFrame()`. */
  frame?: string;
}

/** Where a problem is; `frame` is filled in by whoever holds the file's text. */
export interface Location {
  file: string;
  line: number;
  column: number;
  frame?: string;
}

/** A location for a whole file, or for a file that should exist but does not. */
export const wholeFile = (file: string): Location => ({ file, line: 0, column: 0 });

/** Builds a ContentError from a catalogue entry, its specifics and where it is. */
export function contentError<N extends ErrorName>(name: N, params: ErrorParams<N>, at: Location): ContentError {
  return errorFromKind(name, catalogue[name] as unknown as ErrorKind<ErrorParams<N>>, params, at);
}

/**
 * A ContentError from any catalogue's entry (the loader's, or one kept beside its own tool, as
 * the XLIFF import's are): the wording from the entry, the place from `at`.
 */
export function errorFromKind<P>(name: string, kind: ErrorKind<P>, params: P, at: Location): ContentError {
  const error: ContentError = {
    name,
    severity: kind.severity ?? 'error',
    file: at.file,
    line: at.line,
    column: at.column,
    what: kind.what(params),
    why: typeof kind.why === 'function' ? kind.why(params) : kind.why,
    fix: kind.fix(params),
  };
  if (at.frame) error.frame = at.frame;
  return error;
}

export const isWarning = (e: ContentError): boolean => e.severity === 'warning';

/** Orders problems the way an author fixes them: file by file, top to bottom. */
export function byPosition(a: ContentError, b: ContentError): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column;
}
