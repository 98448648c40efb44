/**
 * `npm run lrs:user -- <command>`: coordinator logins managed on the machine that runs the LRS
 * (whoever can run this can read the accounts file anyway, so it asks for no login itself).
 *
 *   add <name> [--role coordinator|viewer]   new user (default coordinator); asks for the password;
 *       a coordinator with --all-cohorts or --cohort <name> (repeatable): whose learners they see
 *   cohorts <name> --all-cohorts | --cohort <name>… | --no-cohorts   change that
 *   list                                     users, roles, cohorts, when added, whether disabled
 *   disable <name>                           the user can no longer log in; live sessions end
 *   passwd <name>                            new password; sessions made with the old one end
 *
 * The commands are functions over a UserStore and a PasswordSource, so tests run them without
 * a terminal; user-main.ts wires them to the real ones.
 */
import { parseArgs } from 'node:util';
import { hashPassword } from './password-hashing.ts';
import type { PasswordSource } from './password-input.ts';
import { passwordProblem } from './password-policy.ts';
import { CohortSchema, RoleSchema, UsernameSchema, type CohortScope } from './user-schema.ts';
import type { UserStore } from './user-store.ts';

export interface UserCliIo {
  users: UserStore;
  passwords: PasswordSource;
  out(line: string): void;
  err(line: string): void;
}

export const USAGE = [
  'usage: npm run lrs:user -- <command>',
  '  add <name> [--role coordinator|viewer]   add a user (default role coordinator); asks for the password',
  '      a coordinator also needs --all-cohorts, or --cohort <name> once per cohort whose learners they may see',
  '  cohorts <name> --all-cohorts | --cohort <name>... | --no-cohorts   change the cohorts a coordinator follows',
  '  list                                     list users',
  '  disable <name>                           stop a user from logging in',
  '  passwd <name>                            set a new password',
  'The password comes from LRS_USER_PASSWORD, else the terminal (asked twice), else the first line of stdin.',
  'Users are kept in lrs-accounts.sqlite beside LRS_DB (default .data/lrs.sqlite).',
].join('\n');

/** Thrown for a mistake the person can fix; the message says what, where and what to do. */
class UsageError extends Error {}

/** Runs one command; returns the process exit code (0 ok, 1 refused, 2 usage). */
export async function runUserCli(argv: readonly string[], io: UserCliIo): Promise<number> {
  try {
    await run(argv, io);
    return 0;
  } catch (error) {
    io.err(`lrs:user: ${(error as Error).message}`);
    if (error instanceof UsageError) {
      io.err(USAGE);
      return 2;
    }
    return 1;
  }
}

async function run(argv: readonly string[], io: UserCliIo): Promise<void> {
  let parsed: ReturnType<typeof parseCommand>;
  try {
    parsed = parseCommand(argv);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { command, names, role, cohorts } = parsed;
  const where = io.users.path;
  const oneName = () => {
    if (names.length !== 1) throw new UsageError(`${command}: give exactly one username`);
    const result = UsernameSchema.safeParse(names[0]);
    if (!result.success) throw new UsageError(`${command}: "${names[0]}": ${result.error.issues[0]!.message}`);
    return result.data;
  };
  const newPasswordHash = async (username: string) => {
    const password = await io.passwords.read();
    const problem = passwordProblem(username, password);
    if (problem) throw new Error(`${command} ${username}: ${problem}; nothing was changed`);
    return hashPassword(password);
  };

  switch (command) {
    case 'add': {
      const username = oneName();
      const chosenRole = RoleSchema.safeParse(role ?? 'coordinator');
      if (!chosenRole.success) throw new UsageError(`add ${username}: --role ${role}: must be coordinator or viewer`);
      // Whose learners a coordinator sees by name is a decision, not a default: a forgotten
      // flag must not open every cohort, nor leave a new coordinator puzzled by an empty list.
      if (chosenRole.data === 'coordinator' && cohorts === undefined) {
        throw new UsageError(`add ${username}: say whose learners this coordinator may see: --all-cohorts, or --cohort <name> for each cohort (the names the dashboard's cohort filter lists)`);
      }
      if (chosenRole.data === 'viewer' && cohorts !== undefined) throw new UsageError(`add ${username}: a viewer sees no learner by name, so takes no cohorts; leave out --cohort and --all-cohorts`);
      if (io.users.get(username)) throw new Error(`add ${username}: the user already exists in ${where}; pick another name, or set a new password with: npm run lrs:user -- passwd ${username}`);
      const passwordHash = await newPasswordHash(username);
      if (!io.users.add({ username, role: chosenRole.data, passwordHash, cohorts: cohorts ?? [] })) throw new Error(`add ${username}: the user was created meanwhile in ${where}; run list to see it`);
      io.out(`added ${username} (${chosenRole.data}${chosenRole.data === 'coordinator' ? `, ${describeScope(cohorts!)}` : ''}) to ${where}`);
      return;
    }
    case 'cohorts': {
      const username = oneName();
      const user = io.users.get(username);
      if (!user) throw new Error(`cohorts ${username}: no such user in ${where}; see the users with: npm run lrs:user -- list`);
      if (cohorts === undefined) throw new UsageError(`cohorts ${username}: give --all-cohorts, --cohort <name> (once per cohort) or --no-cohorts`);
      if (user.role !== 'coordinator') throw new Error(`cohorts ${username}: ${user.username} is a ${user.role}, who sees no learner by name; cohorts apply to coordinators`);
      io.users.setCohorts(user.username, cohorts);
      io.out(`${user.username} now follows ${describeScope(cohorts)}; it applies from their next request`);
      return;
    }
    case 'list': {
      if (names.length > 0) throw new UsageError('list: takes no username');
      const users = io.users.list();
      if (users.length === 0) io.out(`no users in ${where}; the LRS creates "coordinator" on its next start, or add one with: npm run lrs:user -- add <name>`);
      for (const user of users) {
        const scope = user.role === 'coordinator' ? describeScope(user.cohorts) : 'no learners by name';
        io.out(`${user.username}\t${user.role}\t${scope}\tadded ${user.created}\t${user.disabled ? `disabled ${user.disabled}` : 'active'}`);
      }
      return;
    }
    case 'disable': {
      const username = oneName();
      const user = io.users.get(username);
      if (!user) throw new Error(`disable ${username}: no such user in ${where}; see the users with: npm run lrs:user -- list`);
      if (user.disabled) {
        io.out(`${user.username} was already disabled (${user.disabled})`);
        return;
      }
      io.users.disable(username);
      io.out(`disabled ${user.username}: they can no longer log in, and their open sessions end at their next request`);
      return;
    }
    case 'passwd': {
      const username = oneName();
      const user = io.users.get(username);
      if (!user) throw new Error(`passwd ${username}: no such user in ${where}; add it with: npm run lrs:user -- add ${username}`);
      io.users.setPasswordHash(user.username, await newPasswordHash(user.username));
      io.out(`new password set for ${user.username}; sessions made with the old one have ended${user.disabled ? ` (the user is still disabled since ${user.disabled})` : ''}`);
      return;
    }
    default:
      throw new UsageError(command === undefined ? 'no command given' : `unknown command "${command}"`);
  }
}

const describeScope = (scope: CohortScope): string =>
  scope === 'all' ? 'all cohorts' : scope.length === 0 ? 'no cohorts' : `cohorts ${scope.map((c) => JSON.stringify(c)).join(', ')}`;

function parseCommand(argv: readonly string[]): { command: string | undefined; names: string[]; role: string | undefined; cohorts: CohortScope | undefined } {
  const { positionals, values } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: { role: { type: 'string' }, cohort: { type: 'string', multiple: true }, 'all-cohorts': { type: 'boolean' }, 'no-cohorts': { type: 'boolean' } },
  });
  const [command, ...names] = positionals;
  if (values.role !== undefined && command !== 'add') throw new Error(`--role: only "add" takes a role`);
  const given = [values.cohort !== undefined, values['all-cohorts'] === true, values['no-cohorts'] === true].filter(Boolean).length;
  if (given > 1) throw new Error('--cohort, --all-cohorts and --no-cohorts: give one of them');
  if (given === 1 && command !== 'add' && command !== 'cohorts') throw new Error(`cohorts: only "add" and "cohorts" take them`);
  if (values['no-cohorts'] && command === 'add') throw new Error('--no-cohorts: a new coordinator who may see nobody is not useful; give --cohort <name> or --all-cohorts');
  let cohorts: CohortScope | undefined;
  if (values['all-cohorts']) cohorts = 'all';
  else if (values['no-cohorts']) cohorts = [];
  else if (values.cohort) {
    cohorts = values.cohort.map((raw) => {
      const parsed = CohortSchema.safeParse(raw);
      if (!parsed.success) throw new Error(`--cohort ${JSON.stringify(raw)}: ${parsed.error.issues[0]!.message}`);
      return parsed.data;
    });
  }
  return { command, names, role: values.role, cohorts };
}
