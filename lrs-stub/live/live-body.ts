/**
 * A live route's JSON body, from the bytes the app hands every route (app.ts parses no bodies
 * itself), checked with the route's schema; or a message that says what is wrong and how to
 * send it right.
 */
import type { z } from 'zod';
import { mediaType } from '../http/xapi-call.ts';

export function parseJsonBody<S extends z.ZodType>(what: string, contentType: string | undefined, body: unknown, schema: S): { ok: true; value: z.infer<S> } | { ok: false; message: string } {
  if (mediaType(contentType) !== 'application/json') return { ok: false, message: `${what}: send the body as application/json, not ${mediaType(contentType) || '(no Content-Type)'}` };
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.isBuffer(body) ? body.toString('utf8') : String(body ?? ''));
  } catch {
    return { ok: false, message: `${what}: the body is not valid JSON` };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: `${what}: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ')}` };
  return { ok: true, value: parsed.data };
}
