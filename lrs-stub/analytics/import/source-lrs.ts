/**
 * The source LRS as the importer sees it: any conformant LRS reached over the xAPI query API.
 * Builds the first query (since, ascending, exact format, no attachments), follows `more`
 * links, which the spec makes relative to the endpoint's origin (a StatementResult's `more`
 * is a relative IRL "excluding scheme, host, and port"), and fetches single voided statements by
 * `voidedStatementId`. Answers cross a trust boundary, so their shape is checked with zod
 * here; the statements themselves are checked by the local LRS's own rules when written.
 */
import { z } from 'zod';
import { ImportError } from './import-error.ts';
import { retryingGet, type RetryPolicy } from './retrying-get.ts';

export type SourceVersion = '1.0.3' | '2.0.0';

export interface SourceOptions {
  /** The xAPI endpoint, e.g. https://lrs.example.org/xapi (with or without the final slash). */
  endpoint: string;
  /** "key:secret" for HTTP Basic. */
  auth: string;
  version: SourceVersion;
  fetch: typeof fetch;
  retry: RetryPolicy;
  signal?: AbortSignal;
  /** `limit` asked per page; undefined lets the source choose its own page size. */
  pageSize?: number;
}

/** A statement as the source stored it: only what the importer reads is checked here. */
export const SourceStatementSchema = z.looseObject({
  id: z.string().min(1),
  stored: z.string().min(1),
  verb: z.looseObject({ id: z.string() }),
  object: z.looseObject({ id: z.string().optional(), objectType: z.string().optional() }),
});

export type SourceStatement = z.infer<typeof SourceStatementSchema> & Record<string, unknown>;

const StatementResultSchema = z.object({
  statements: z.array(SourceStatementSchema),
  more: z.string().optional(),
});

export interface SourcePage {
  statements: SourceStatement[];
  /** Absolute URL of the next page, or undefined at the end. */
  next?: string;
  /** X-Experience-API-Consistent-Through, when the source sent it. */
  consistentThrough?: string;
}

export interface SourceLrs {
  /** The endpoint without credentials or a trailing slash: names the source in the ledger. */
  readonly endpoint: string;
  /** The URL of the first page of statements stored after `since` (all when undefined). */
  firstPageUrl(since: string | undefined): string;
  page(url: string, pageNumber: number): Promise<SourcePage>;
  /** A statement the source voided, or undefined when the source does not have it. */
  voided(id: string, pageNumber: number): Promise<SourceStatement | undefined>;
}

export function sourceLrs(options: SourceOptions): SourceLrs {
  const url = new URL(options.endpoint);
  if (url.username || url.password) throw new Error('--from must not carry credentials; give them with --auth key:secret');
  const endpoint = url.href.replace(/\/+$/, '');
  const headers = {
    authorization: `Basic ${Buffer.from(options.auth).toString('base64')}`,
    'x-experience-api-version': options.version,
    accept: 'application/json',
  };
  const get = (target: string, page: number, accept?: number[]) =>
    retryingGet({ url: target, headers, page, fetch: options.fetch, retry: options.retry, ...(options.signal ? { signal: options.signal } : {}), ...(accept ? { accept } : {}) });
  const statementsUrl = (params: Record<string, string>) => `${endpoint}/statements?${new URLSearchParams(params)}`;

  return {
    endpoint,
    firstPageUrl(since) {
      const params: Record<string, string> = { ascending: 'true', attachments: 'false', format: 'exact' };
      if (since !== undefined) params.since = since;
      if (options.pageSize !== undefined) params.limit = String(options.pageSize);
      return statementsUrl(params);
    },
    async page(pageUrl, pageNumber) {
      const response = await get(pageUrl, pageNumber);
      const parsed = StatementResultSchema.safeParse(response.body);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new ImportError({ what: `the answer is not a StatementResult (${issue.path.join('.') || 'body'}: ${issue.message})`, url: pageUrl, page: pageNumber, todo: 'Check that --from is the xAPI endpoint of a conformant LRS.' });
      }
      const { statements, more } = parsed.data;
      const consistentThrough = response.headers.get('x-experience-api-consistent-through') ?? undefined;
      return {
        statements: statements as SourceStatement[],
        ...(more ? { next: new URL(more, url.origin).href } : {}),
        ...(consistentThrough ? { consistentThrough } : {}),
      };
    },
    async voided(id, pageNumber) {
      const lookup = statementsUrl({ voidedStatementId: id, attachments: 'false', format: 'exact' });
      const response = await get(lookup, pageNumber, [404]);
      if (response.status === 404) return undefined;
      const parsed = SourceStatementSchema.safeParse(response.body);
      if (!parsed.success) throw new ImportError({ what: 'the voided statement answered is not a statement', url: lookup, page: pageNumber, todo: 'Check that --from is the xAPI endpoint of a conformant LRS.' });
      return parsed.data as SourceStatement;
    },
  };
}
