import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyPassword } from './password-hashing.ts';
import { passwordSource } from './password-input.ts';
import { runUserCli } from './user-cli.ts';
import { accountsPathFor, openUserStore, type UserStore } from './user-store.ts';

let dir: string;
let users: UserStore;
let out: string[];
let err: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'wm-accounts-'));
  users = openUserStore({ path: accountsPathFor(join(dir, 'lrs.sqlite')) });
  out = [];
  err = [];
});
afterEach(() => {
  users.close();
  rmSync(dir, { recursive: true, force: true });
});

const cli = (argv: string[], password = 'a long enough secret') =>
  runUserCli(argv, { users, passwords: { read: async () => password }, out: (line) => out.push(line), err: (line) => err.push(line) });

describe('lrs:user', () => {
  it('adds a coordinator by default and a viewer with --role viewer, storing only an argon2id hash', async () => {
    expect(await cli(['add', 'ana', '--all-cohorts'])).toBe(0);
    expect(await cli(['add', 'vera', '--role', 'viewer'], 'viewer password 1')).toBe(0);
    expect(out).toEqual([`added ana (coordinator, all cohorts) to ${users.path}`, `added vera (viewer) to ${users.path}`]);
    const ana = users.get('ana')!;
    expect(ana.role).toBe('coordinator');
    expect(ana.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(ana.passwordHash, 'a long enough secret')).toBe(true);
    expect(users.get('vera')!.role).toBe('viewer');
  });

  it('keeps the accounts file beside the database, mode 0600', () => {
    expect(users.path).toBe(join(dir, 'lrs-accounts.sqlite'));
    expect(statSync(users.path).mode & 0o777).toBe(0o600);
  });

  it('refuses weak passwords: shorter than 12 characters, or the username', async () => {
    expect(await cli(['add', 'ana', '--all-cohorts'], 'short pw')).toBe(1);
    expect(err[0]).toBe('lrs:user: add ana: the password has 8 characters; use at least 12 (a few unrelated words are easy to type and hard to guess); nothing was changed');
    expect(await cli(['add', 'coordinator1', '--all-cohorts'], 'Coordinator1')).toBe(1);
    expect(err[1]).toMatch(/the password is the username/);
    expect(users.list()).toEqual([]);
  });

  it('refuses a taken name (any case), an unknown role and a bad username, saying what to do', async () => {
    await cli(['add', 'ana', '--all-cohorts']);
    expect(await cli(['add', 'ANA', '--all-cohorts'])).toBe(1);
    expect(err[0]).toMatch(/add ANA: the user already exists in .*lrs-accounts\.sqlite; pick another name, or set a new password with: npm run lrs:user -- passwd ANA/);
    expect(await cli(['add', 'bo', '--role', 'admin'])).toBe(2);
    expect(err[1]).toMatch(/--role admin: must be coordinator or viewer/);
    expect(await cli(['add', 'a b'])).toBe(2);
    expect(err[3]).toMatch(/"a b": a username is 2 to 64 characters/);
    expect(await cli(['frobnicate'])).toBe(2);
    expect(err.at(-1)).toMatch(/^usage: npm run lrs:user/);
  });

  it('lists users with role, date and state', async () => {
    await cli(['add', 'ana', '--all-cohorts']);
    await cli(['add', 'vera', '--role', 'viewer']);
    await cli(['disable', 'vera']);
    out = [];
    expect(await cli(['list'])).toBe(0);
    expect(out).toEqual([expect.stringMatching(/^ana\tcoordinator\tall cohorts\tadded \d{4}-\d\d-\d\dT.*\tactive$/), expect.stringMatching(/^vera\tviewer\tno learners by name\tadded .*\tdisabled \d{4}-/)]);
  });

  it('disables a user, and says so when there is no such user', async () => {
    await cli(['add', 'ana', '--all-cohorts']);
    expect(await cli(['disable', 'ana'])).toBe(0);
    expect(users.get('ana')!.disabled).toMatch(/^\d{4}-/);
    expect(await cli(['disable', 'nobody'])).toBe(1);
    expect(err[0]).toMatch(/disable nobody: no such user in .*; see the users with: npm run lrs:user -- list/);
  });

  it('sets a new password with passwd, refusing a weak one', async () => {
    await cli(['add', 'ana', '--all-cohorts']);
    const before = users.get('ana')!.passwordHash;
    expect(await cli(['passwd', 'ana'], 'tiny')).toBe(1);
    expect(users.get('ana')!.passwordHash).toBe(before);
    expect(await cli(['passwd', 'ana'], 'a brand new passphrase')).toBe(0);
    expect(await verifyPassword(users.get('ana')!.passwordHash, 'a brand new passphrase')).toBe(true);
    expect(await cli(['passwd', 'nobody'])).toBe(1);
  });
});

describe('password input', () => {
  it('takes LRS_USER_PASSWORD first, then the first line of stdin', async () => {
    const stdin = new PassThrough();
    expect(await passwordSource({ env: { LRS_USER_PASSWORD: 'from the environment' }, stdin, stderr: new PassThrough() }).read()).toBe('from the environment');
    stdin.end('piped password here\nignored\n');
    expect(await passwordSource({ env: {}, stdin, stderr: new PassThrough() }).read()).toBe('piped password here');
  });

  const fakeTerminal = () => {
    const raw: boolean[] = [];
    const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode: (on: boolean) => raw.push(on) });
    const stderr = new PassThrough();
    let shown = '';
    stderr.on('data', (chunk) => (shown += chunk));
    const type = async (line: string) => {
      stdin.write(line);
      await new Promise((resolve) => setImmediate(resolve));
    };
    return { raw, source: passwordSource({ env: {}, stdin, stderr }), type, shown: () => shown };
  };

  it('asks twice on a terminal in raw mode, echoing nothing, and honours backspace', async () => {
    const terminal = fakeTerminal();
    const read = terminal.source.read();
    await terminal.type('secret one\r');
    await terminal.type('secret onx\u007fe\r');
    expect(await read).toBe('secret one');
    expect(terminal.shown()).toBe('New password: \nSame password again: \n');
    expect(terminal.raw).toEqual([true, false, true, false]);
  });

  it('refuses two different entries on a terminal', async () => {
    const terminal = fakeTerminal();
    const refused = expect(terminal.source.read()).rejects.toThrow('the two passwords differ; nothing was changed, run the command again');
    await terminal.type('secret one\r');
    await terminal.type('secret two\r');
    await refused;
  });

  it('makes whose learners a coordinator sees a decision: all cohorts, named ones, and changed later', async () => {
    expect(await cli(['add', 'ana'])).toBe(2);
    expect(err[0]).toBe('lrs:user: add ana: say whose learners this coordinator may see: --all-cohorts, or --cohort <name> for each cohort (the names the dashboard\'s cohort filter lists)');
    expect(users.list()).toEqual([]);
    expect(await cli(['add', 'lotte', '--cohort', 'Bakery, spring 2026', '--cohort', 'Retail'])).toBe(0);
    expect(out.at(-1)).toBe(`added lotte (coordinator, cohorts "Bakery, spring 2026", "Retail") to ${users.path}`);
    expect(users.get('lotte')!.cohorts).toEqual(['Bakery, spring 2026', 'Retail']);
    expect(await cli(['cohorts', 'LOTTE', '--cohort', 'Retail'])).toBe(0);
    expect(users.get('lotte')!.cohorts).toEqual(['Retail']);
    expect(await cli(['cohorts', 'lotte', '--all-cohorts'])).toBe(0);
    expect(users.get('lotte')!.cohorts).toBe('all');
    expect(await cli(['cohorts', 'lotte', '--no-cohorts'])).toBe(0);
    expect(out.at(-1)).toBe('lotte now follows no cohorts; it applies from their next request');
    expect(users.get('lotte')!.cohorts).toEqual([]);
  });

  it('refuses cohorts where they mean nothing, and mixed or empty ones', async () => {
    expect(await cli(['add', 'vera', '--role', 'viewer', '--cohort', 'Retail'])).toBe(2);
    expect(err.at(-2)).toMatch(/add vera: a viewer sees no learner by name, so takes no cohorts/);
    expect(await cli(['add', 'ana', '--all-cohorts', '--cohort', 'Retail'])).toBe(2);
    expect(err.at(-2)).toMatch(/give one of them/);
    expect(await cli(['add', 'ana', '--cohort', '  '])).toBe(2);
    expect(err.at(-2)).toMatch(/--cohort "  ": a cohort name cannot be empty/);
    expect(await cli(['add', 'ana', '--no-cohorts'])).toBe(2);
    expect(await cli(['passwd', 'ana', '--all-cohorts'])).toBe(2);
    await cli(['add', 'vera', '--role', 'viewer']);
    expect(await cli(['cohorts', 'vera', '--all-cohorts'])).toBe(1);
    expect(err.at(-1)).toMatch(/vera is a viewer, who sees no learner by name/);
    expect(await cli(['cohorts', 'nobody', '--all-cohorts'])).toBe(1);
    expect(await cli(['cohorts', 'vera'])).toBe(2);
  });
});
