/**
 * The `npm run lrs:user` entry point: opens the accounts file beside LRS_DB (the same one the
 * LRS uses) and runs one command of user-cli.ts with the real terminal.
 */
import { readEnv } from '../config.ts';
import { passwordSource } from './password-input.ts';
import { runUserCli } from './user-cli.ts';
import { accountsPathFor, openUserStore } from './user-store.ts';

async function main(): Promise<number> {
  let users;
  try {
    const path = accountsPathFor(readEnv(process.env).LRS_DB);
    if (path === ':memory:') {
      console.error('lrs:user: LRS_DB is :memory:, whose users live only inside the running LRS; point LRS_DB at the database file the LRS uses');
      return 2;
    }
    users = openUserStore({ path });
  } catch (error) {
    console.error(`lrs:user: could not open the accounts file: ${(error as Error).message}; check LRS_DB and the folder's permissions`);
    return 1;
  }
  try {
    return await runUserCli(process.argv.slice(2), {
      users,
      passwords: passwordSource({ env: process.env, stdin: process.stdin, stderr: process.stderr }),
      out: (line) => console.log(line),
      err: (line) => console.error(line),
    });
  } finally {
    users.close();
  }
}

main().then((code) => process.exit(code));
