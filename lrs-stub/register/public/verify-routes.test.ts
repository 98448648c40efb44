/**
 * The public verification pages: a form, one certificate per code showing only what a verifier
 * needs, every value escaped, a helpful 404, strict headers, a per-address rate limit, and the
 * visitor's language.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { NewEntry } from '../register-store.ts';
import { addEntry, type RegisterHarness, registerHarness, SCHOOL_NAME, testCourse } from '../test-register.ts';
import { XSS_CORPUS } from '../xss-corpus.test-support.ts';

let harness: RegisterHarness;
afterEach(async () => {
  await harness?.close();
});

/** Łukasz's certificate, or another with `overrides`. */
const add = (overrides: Partial<NewEntry> = {}) => addEntry(harness, { name: 'Łukasz Nowak', identifier: 'lukasz.nowak@example.org', ...overrides });

const get = (url: string, headers: Record<string, string> = {}) => harness.app.inject({ method: 'GET', url, headers });

/** The visible text of a page, tags removed and entities read back. */
const textOf = (body: string) =>
  body.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

describe('GET /verify/<code>', () => {
  it('confirms a valid certificate with name, course, date, status and issuer, and nothing else', async () => {
    harness = await registerHarness();
    const code = add();
    add({ name: 'Other Person', identifier: 'other@example.org' });
    const response = await get(`/verify/${code}`);
    expect(response.statusCode).toBe(200);
    const text = textOf(response.body);
    expect(text).toContain('This certificate is valid');
    expect(text).toContain('Łukasz Nowak');
    expect(text).toContain(testCourse().texts.en!.title);
    expect(text).toContain('30 June 2026');
    expect(text).toContain(SCHOOL_NAME);
    expect(text).toContain(code);
    expect(response.body).not.toContain('lukasz.nowak@example.org');
    expect(response.body).not.toContain('Other Person');
    expect(response.body).not.toContain('statement-');
  });

  it('says a revoked certificate is revoked, with the date and without the reason', async () => {
    harness = await registerHarness();
    const code = add();
    harness.mounted.register.revoke(code, { reason: 'fraud found in the final assessment', by: 'anna', at: new Date('2026-07-02T09:00:00Z') });
    const text = textOf((await get(`/verify/${code}`)).body);
    expect(text).toContain('This certificate has been revoked');
    expect(text).toContain('Revoked on 2 July 2026');
    expect(text).not.toContain('fraud');
  });

  it("says a certificate erased at its holder's request is revoked, and tells nothing about the person", async () => {
    harness = await registerHarness();
    const code = add({ lrsAgent: 'mbox|mailto:lukasz.nowak@example.org' });
    harness.mounted.register.erase({ lrsAgent: 'mbox|mailto:lukasz.nowak@example.org', identities: [] }, new Date('2026-07-03T09:00:00Z'));
    const response = await get(`/verify/${code}`);
    expect(response.statusCode).toBe(200);
    const text = textOf(response.body);
    expect(text).toContain('This certificate has been revoked');
    expect(text).toContain('asked for their data to be erased, and it was on 3 July 2026');
    expect(text).toContain(code);
    expect(text).not.toContain('Łukasz');
    expect(text).not.toContain('30 June 2026');
  });

  it('finds a code typed in lower case, with spaces or without dashes', async () => {
    harness = await registerHarness();
    const code = add();
    for (const typed of [code.toLowerCase(), code.replace(/-/g, ''), code.replace(/-/g, '%20')]) {
      expect((await get(`/verify/${typed}`)).statusCode, typed).toBe(200);
    }
  });

  it.each(XSS_CORPUS)('shows the name %j as text, never as markup', async (name) => {
    harness = await registerHarness();
    const code = add({ name, identifier: 'x@example.org' });
    const body = (await get(`/verify/${code}`)).body;
    expect(body).not.toMatch(/<(script|img|svg)|<a href="javascript/i);
    expect(body).not.toContain('<!-- Ana');
    const expected = name.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '\uFFFD');
    expect(textOf(body)).toContain(expected);
    // Inside <bdi>, so bidi overrides cannot spill over the page.
    expect(body).toMatch(/<dd><bdi>[^<]*<\/bdi><\/dd>/);
  });

  it('answers an unknown code with a 404 page saying how to check it, and a form to try again', async () => {
    harness = await registerHarness();
    add();
    const response = await get('/verify/0000-0000-0000');
    expect(response.statusCode).toBe(404);
    const text = textOf(response.body);
    expect(text).toContain('Certificate not found');
    expect(text).toContain('No certificate has the code 0000-0000-0000.');
    expect(text).toMatch(/letter O is read as the digit 0/);
    expect(response.body).toContain('<form method="get" action="../verify">');
    expect(response.body).not.toContain('Łukasz');
  });

  it('answers something that cannot be a code with the same 404, its text escaped', async () => {
    harness = await registerHarness();
    const response = await get(`/verify/${encodeURIComponent('<script>alert(1)</script>')}`);
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain('<script>');
    expect(textOf(response.body)).toContain('“<script>alert(1)</script>” is not a verification code');
  });

  it('sends a strict CSP with the inline style allowed by hash, nosniff, no referrer, no caching', async () => {
    harness = await registerHarness();
    const code = add();
    for (const url of ['/verify', `/verify/${code}`, '/verify/0000-0000-0000']) {
      const response = await get(url);
      expect(response.headers['content-security-policy'], url).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'$/);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.body).not.toMatch(/<script|\son\w+=/i);
    }
    // The hash in the CSP is the hash of the page's one style element.
    const body = (await get('/verify')).body;
    const style = /<style>([\s\S]*?)<\/style>/.exec(body)![1]!;
    const { createHash } = await import('node:crypto');
    expect((await get('/verify')).headers['content-security-policy']).toContain(`'sha256-${createHash('sha256').update(style).digest('base64')}'`);
  });

  it('limits lookups per address, answering 429 with Retry-After, and lets other addresses through', async () => {
    let now = 0;
    harness = await registerHarness({ rateLimit: { max: 3, windowMs: 60_000, now: () => now } });
    const code = add();
    const from = (ip: string) => harness.app.inject({ method: 'GET', url: `/verify/${code}`, remoteAddress: ip });
    for (let i = 0; i < 3; i += 1) expect((await from('203.0.113.9')).statusCode).toBe(200);
    const limited = await from('203.0.113.9');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBe('60');
    expect(textOf(limited.body)).toContain('Try again in 60 seconds');
    expect(limited.body).not.toContain('Łukasz');
    expect((await from('198.51.100.7')).statusCode).toBe(200);
    // Unknown codes count too: guessing is what the limit is for.
    expect((await harness.app.inject({ method: 'GET', url: '/verify/0000-0000-0000', remoteAddress: '203.0.113.9' })).statusCode).toBe(429);
    now += 60_000;
    expect((await from('203.0.113.9')).statusCode).toBe(200);
  });

  it('counts IPv6 addresses per /64', async () => {
    harness = await registerHarness({ rateLimit: { max: 1, windowMs: 60_000 } });
    const code = add();
    expect((await harness.app.inject({ method: 'GET', url: `/verify/${code}`, remoteAddress: '2001:db8:1:2::1' })).statusCode).toBe(200);
    expect((await harness.app.inject({ method: 'GET', url: `/verify/${code}`, remoteAddress: '2001:db8:1:2:ffff::9' })).statusCode).toBe(429);
    expect((await harness.app.inject({ method: 'GET', url: `/verify/${code}`, remoteAddress: '2001:db8:1:3::1' })).statusCode).toBe(200);
  });

  it('speaks the visitor\'s language among en, nl and nb', async () => {
    harness = await registerHarness();
    const code = add();
    const nl = await get(`/verify/${code}`, { 'accept-language': 'nl-BE,nl;q=0.9,en;q=0.5' });
    expect(nl.body).toContain('<html lang="nl">');
    expect(textOf(nl.body)).toContain('Dit certificaat is geldig');
    expect(textOf(nl.body)).toContain('30 juni 2026');
    expect(textOf(nl.body)).toContain(testCourse().texts.nl!.title);
    const nb = await get(`/verify/${code}`, { 'accept-language': 'no' });
    expect(textOf(nb.body)).toContain('Dette sertifikatet er gyldig');
    const fallback = await get(`/verify/${code}`, { 'accept-language': 'fr-FR,de;q=0.8' });
    expect(fallback.body).toContain('<html lang="en">');
    expect(nl.headers.vary).toBe('Accept-Language');
  });
});

describe('GET /verify', () => {
  it('shows a form that works without JavaScript: a labelled field and a GET submit', async () => {
    harness = await registerHarness();
    const response = await get('/verify');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<form method="get" action="verify">');
    expect(response.body).toContain('<label for="code">Verification code</label>');
    expect(response.body).toMatch(/<input id="code" name="code" type="text"[^>]*aria-describedby="code-hint"/);
  });

  it('sends a typed code on to its page, and shows an impossible code back in the form with the error', async () => {
    harness = await registerHarness();
    const code = add();
    const redirect = await get(`/verify?code=${encodeURIComponent(` ${code.toLowerCase()} `)}`);
    expect(redirect.statusCode).toBe(303);
    expect(redirect.headers.location).toBe(`verify/${code}`);
    const wrong = await get(`/verify?code=${encodeURIComponent('"><script>x</script>')}`);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).not.toContain('<script>');
    expect(wrong.body).toContain('value="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
    expect(wrong.body).toContain('aria-invalid="true"');
  });
});
