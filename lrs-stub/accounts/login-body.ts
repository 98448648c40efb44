/**
 * The login request's body, from the bytes the app hands every route (app.ts parses no bodies
 * itself): JSON `{"username","password"}` from the dashboard's fetch, or an HTML form
 * (application/x-www-form-urlencoded) for a page without scripts. Validated with zod, with a
 * cap on the password's length so nobody makes argon2 hash megabytes.
 */
import { z } from 'zod';
import { mediaType } from '../http/xapi-call.ts';

export const LoginBodySchema = z.object({
  username: z.string().min(1, { error: 'username: required' }).max(64, { error: 'username: at most 64 characters' }),
  password: z.string().min(1, { error: 'password: required' }).max(1024, { error: 'password: at most 1024 characters' }),
});
export type LoginBody = z.infer<typeof LoginBodySchema>;

/** The credentials, or a message saying what is wrong with the request. */
export function parseLoginBody(contentType: string | undefined, body: unknown): { ok: true; value: LoginBody } | { ok: false; message: string } {
  const type = mediaType(contentType);
  const text = Buffer.isBuffer(body) ? body.toString('utf8') : typeof body === 'string' ? body : '';
  let raw: unknown;
  if (type === 'application/json') {
    try {
      raw = JSON.parse(text);
    } catch {
      return { ok: false, message: 'login body: not valid JSON; send {"username": "...", "password": "..."}' };
    }
  } else if (type === 'application/x-www-form-urlencoded') {
    raw = Object.fromEntries(new URLSearchParams(text));
  } else {
    return { ok: false, message: `login body: Content-Type ${type || '(none)'} is not accepted; send application/json or application/x-www-form-urlencoded` };
  }
  const result = LoginBodySchema.safeParse(raw);
  if (!result.success) return { ok: false, message: `login body: ${result.error.issues.map((issue) => issue.message).join('; ')}` };
  return { ok: true, value: result.data };
}
