/**
 * Statements with attachments (multipart/mixed) and signed statements (JWS) through the app.
 */
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { multipartBody, sha256 } from '../testing/multipart-body.ts';
import { statement, testLrs, type TestLrs } from '../testing/test-lrs.ts';
import { parseMultipart, boundaryOf } from './multipart.ts';

let lrs: TestLrs;
beforeEach(async () => {
  lrs = await testLrs({ sqlite: true });
});
afterEach(async () => {
  await lrs.close();
});

const SIGNATURE = 'http://adlnet.gov/expapi/attachments/signature';
const text = Buffer.from('mentor notes, week 1');
const declared = (content: Buffer, extra: Record<string, unknown> = {}) => ({
  usageType: 'http://example.com/attachment-usage/notes',
  display: { 'en-US': 'Notes' },
  contentType: 'text/plain',
  length: content.length,
  sha2: sha256(content),
  ...extra,
});

const postMultipart = (statements: unknown, parts: Parameters<typeof multipartBody>[1], version = '1.0.3') => {
  const { body, contentType } = multipartBody(statements, parts);
  return lrs.request('POST', '/xapi/statements', { body, version, headers: { 'content-type': contentType } });
};

describe('attachments', () => {
  it('stores a statement with an attachment sent as a multipart part and returns it with attachments=true', async () => {
    const response = await postMultipart(statement({ attachments: [declared(text)] }), [{ content: text, contentType: 'text/plain' }]);
    expect(response.status).toBe(200);
    const [id] = response.json<string[]>();
    const got = await lrs.request('GET', `/xapi/statements?statementId=${id}&attachments=true`);
    const contentType = String(got.headers['content-type']);
    expect(contentType).toMatch(/^multipart\/mixed; boundary=/);
    const parts = parseMultipart(got.rawPayload, boundaryOf(contentType));
    expect(JSON.parse(parts[0]!.content.toString()).id).toBe(id);
    expect(parts[1]!.headers['x-experience-api-hash']).toBe(sha256(text));
    expect(parts[1]!.content.equals(text)).toBe(true);
  });

  it('accepts an attachment with a fileUrl and no part, as plain JSON', async () => {
    const response = await lrs.request('POST', '/xapi/statements', { body: statement({ attachments: [declared(text, { fileUrl: 'http://example.com/notes.txt' })] }) });
    expect(response.status).toBe(200);
  });

  it('rejects an attachment without fileUrl sent as plain JSON', async () => {
    const response = await lrs.request('POST', '/xapi/statements', { body: statement({ attachments: [declared(text)] }) });
    expect(response.status).toBe(400);
    expect(response.json().message).toContain('statement.attachments[0]: has no fileUrl');
  });

  it('rejects a declared attachment whose part is missing', async () => {
    const response = await postMultipart(statement({ attachments: [declared(text)] }), []);
    expect(response.status).toBe(400);
    expect(response.json().message).toContain('no multipart part has X-Experience-API-Hash');
  });

  it('rejects a part that matches no declared attachment', async () => {
    const response = await postMultipart(statement(), [{ content: text, contentType: 'text/plain' }]);
    expect(response.status).toBe(400);
    expect(response.json().message).toContain('matches no attachment');
  });

  it('rejects a part whose X-Experience-API-Hash is not the SHA-256 of its bytes', async () => {
    const wrong = sha256('something else');
    const response = await postMultipart(statement({ attachments: [declared(text, { sha2: wrong })] }), [{ content: text, contentType: 'text/plain', hash: wrong }]);
    expect(response.status).toBe(400);
    expect(response.json().message).toContain('is not the SHA-256');
  });

  it('XAPI-00161: accepts a multipart body with bare LF line breaks, as the 1.0.3 suite fixtures have', async () => {
    const json = JSON.stringify(statement({ attachments: [declared(text)] }));
    const body = Buffer.from(`--b\nContent-Type: application/json\n\n${json}\n--b\nContent-Type: text/plain\nContent-Transfer-Encoding: binary\nX-Experience-API-Hash: ${sha256(text)}\n\n${text}\n--b--\n`);
    const response = await lrs.request('POST', '/xapi/statements', { body, headers: { 'content-type': 'multipart/mixed; boundary=b' } });
    expect(response.status).toBe(200);
    const stored = await lrs.request('GET', `/xapi/statements?statementId=${response.json()[0]}&attachments=true`);
    const [, part] = parseMultipart(stored.rawPayload, boundaryOf(String(stored.headers['content-type'])));
    expect(part!.content.toString()).toBe(text.toString());
  });

  it('rejects a multipart body whose first part is not JSON', async () => {
    const body = Buffer.from('--b\r\nContent-Type: text/plain\r\n\r\nhello\r\n--b--\r\n');
    const response = await lrs.request('POST', '/xapi/statements', { body, headers: { 'content-type': 'multipart/mixed; boundary=b' } });
    expect(response.status).toBe(400);
    expect(response.json().message).toContain('multipart part 1');
  });
});

function jws(payload: object, privateKey: KeyObject, header: Record<string, unknown> = { alg: 'RS256' }): Buffer {
  const head = Buffer.from(JSON.stringify(header)).toString('base64url');
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  const signature = sign('sha256', Buffer.from(`${head}.${body}`), privateKey).toString('base64url');
  return Buffer.from(`${head}.${body}.${signature}`);
}

describe('signed statements', () => {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const signedStatement = (original: Record<string, unknown>, signature: Buffer) => ({
    ...original,
    attachments: [{ usageType: SIGNATURE, display: { 'en-US': 'Signature' }, contentType: 'application/octet-stream', length: signature.length, sha2: sha256(signature) }],
  });

  it('accepts a statement with a valid RS256 JWS of itself', async () => {
    const original = statement({ id: 'fd41c918-b88b-4b20-a0a5-a4c32391aaa0' });
    const signature = jws(original, privateKey);
    const response = await postMultipart(signedStatement(original, signature), [{ content: signature, contentType: 'application/octet-stream' }]);
    expect(response.status).toBe(200);
  });

  it('rejects a signature whose payload is a different statement', async () => {
    const original = statement();
    const signature = jws({ ...original, verb: { id: 'http://example.com/forged' } }, privateKey);
    const response = await postMultipart(signedStatement(original, signature), [{ content: signature, contentType: 'application/octet-stream' }]);
    expect(response.status).toBe(400);
    expect(response.json().message).toContain('JWS payload is not the same statement');
  });

  it('compares durations at 0.01 s: a JWS of P1DT12H36M0.12S signs the statement sent with P1DT12H36M0.1237S (2.0 4.2.7)', async () => {
    const original = statement({ result: { duration: 'P1DT12H36M0.12S' } });
    const signature = jws(original, privateKey);
    const sent = { ...original, result: { duration: 'P1DT12H36M0.1237S' } };
    const response = await postMultipart(signedStatement(sent, signature), [{ content: signature, contentType: 'application/octet-stream' }], '2.0.0');
    expect(response.status).toBe(200);
  });

  it('still refuses a JWS whose duration differs within the hundredths', async () => {
    const original = statement({ result: { duration: 'PT0.12S' } });
    const signature = jws(original, privateKey);
    const sent = { ...original, result: { duration: 'PT0.13S' } };
    const response = await postMultipart(signedStatement(sent, signature), [{ content: signature, contentType: 'application/octet-stream' }], '2.0.0');
    expect(response.status).toBe(400);
  });

  it('rejects a JWS algorithm other than RS256, RS384 or RS512', async () => {
    const original = statement();
    const signature = jws(original, privateKey, { alg: 'HS256' });
    const response = await postMultipart(signedStatement(original, signature), [{ content: signature, contentType: 'application/octet-stream' }]);
    expect(response.status).toBe(400);
    expect(response.json().message).toContain('header.alg: must be RS256, RS384 or RS512');
  });

  it('rejects a signature attachment that is not a JWS', async () => {
    const original = statement();
    const signature = Buffer.from('not a jws');
    const response = await postMultipart(signedStatement(original, signature), [{ content: signature, contentType: 'application/octet-stream' }]);
    expect(response.status).toBe(400);
    expect(response.json().message).toContain('compact serialization');
  });

  it('verifies the signature against the x5c certificate and rejects a forged one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lrs-jws-'));
    try {
      execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=lrs-stub-test'], { stdio: 'ignore' });
      const der = execFileSync('openssl', ['x509', '-in', join(dir, 'cert.pem'), '-outform', 'DER']);
      const { createPrivateKey } = await import('node:crypto');
      const certKey = createPrivateKey(readFileSync(join(dir, 'key.pem')));
      const original = statement();
      const header = { alg: 'RS256', x5c: [der.toString('base64')] };
      const good = jws(original, certKey, header);
      expect((await postMultipart(signedStatement(original, good), [{ content: good, contentType: 'application/octet-stream' }])).status).toBe(200);
      const forged = jws(original, privateKey, header);
      const response = await postMultipart(signedStatement(original, forged), [{ content: forged, contentType: 'application/octet-stream' }]);
      expect(response.status).toBe(400);
      expect(response.json().message).toContain('does not verify against the x5c certificate');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
