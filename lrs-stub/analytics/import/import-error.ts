/**
 * The one error the importer stops with. An import runs unattended for minutes against a
 * server someone else runs, so the message must stand on its own in a terminal or a cron
 * mail: what failed, where (the URL without credentials, the page number) and what to do.
 * Every page already imported stays imported and the cursor is saved, so the advice always
 * ends with "run the same command again".
 */

export interface ImportErrorDetails {
  /** What failed, e.g. "HTTP 503 Service Unavailable after 5 attempts". */
  what: string;
  /** The URL asked, never with credentials (they travel in a header). */
  url: string;
  /** 1 for the first page of this run; 0 when the failure is not about a page. */
  page: number;
  /** What the user can do about it. */
  todo: string;
}

export class ImportError extends Error {
  override readonly name = 'ImportError';
  readonly details: ImportErrorDetails;

  constructor(details: ImportErrorDetails, options?: { cause?: unknown }) {
    const where = details.page > 0 ? `page ${details.page} (GET ${details.url})` : `GET ${details.url}`;
    super(`import failed at ${where}: ${details.what}. ${details.todo} Pages imported before this one stay imported; the same command resumes after them.`, options);
    this.details = details;
  }
}

/** What to do about an HTTP status that retrying does not cure. */
export function adviceForStatus(status: number): string {
  if (status === 401 || status === 403) return 'Check --auth (key:secret of the source LRS, with read access to statements).';
  if (status === 404) return 'Check --from: it must be the xAPI endpoint, the URL that /statements and /about hang off (e.g. https://lrs.example.org/xapi).';
  if (status === 400) return 'Check --version against the versions in the source\'s /about; the answer above says what the source refused.';
  return 'The source LRS refused the request; the answer above says why.';
}
