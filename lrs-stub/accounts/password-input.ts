/**
 * Where the CLI gets a new password from, in this order: `LRS_USER_PASSWORD` (scripts, CI),
 * a terminal (asked twice, nothing echoed, so it is not left on screen or in scrollback), or
 * the first line of stdin (`echo ... | npm run lrs:user -- add ana`). Never from the command
 * line: arguments are visible to every user of the machine in `ps` and land in shell history.
 */
import type { Readable, Writable } from 'node:stream';

export interface PasswordSource {
  /** The new password; rejects with a message when the two entries differ or there is none. */
  read(): Promise<string>;
}

export function passwordSource(options: { env: NodeJS.ProcessEnv; stdin: Readable & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown }; stderr: Writable }): PasswordSource {
  const fromEnv = options.env.LRS_USER_PASSWORD;
  if (fromEnv !== undefined && fromEnv !== '') return { read: async () => fromEnv };
  const { stdin, stderr } = options;
  if (stdin.isTTY && stdin.setRawMode) {
    return {
      async read() {
        const first = await askHidden(stdin, stderr, 'New password: ');
        const second = await askHidden(stdin, stderr, 'Same password again: ');
        if (first !== second) throw new Error('the two passwords differ; nothing was changed, run the command again');
        return first;
      },
    };
  }
  return { read: () => firstLine(stdin) };
}

async function firstLine(stdin: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(Buffer.from(chunk as Buffer));
  const line = Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  if (line === '') throw new Error('no password: set LRS_USER_PASSWORD, pipe it on stdin, or run the command in a terminal to be asked');
  return line;
}

/** Reads one line in raw mode, echoing nothing; Ctrl-C and Ctrl-D abort. */
function askHidden(stdin: Readable & { setRawMode?: (raw: boolean) => unknown }, stderr: Writable, prompt: string): Promise<string> {
  stderr.write(prompt);
  stdin.setRawMode!(true);
  stdin.resume();
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = (error?: Error) => {
      stdin.off('data', onData);
      stdin.setRawMode!(false);
      stdin.pause();
      stderr.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: Buffer | string) => {
      for (const char of chunk.toString()) {
        if (char === '\r' || char === '\n') return finish();
        if (char === '\u0003' || char === '\u0004') return finish(new Error('cancelled; nothing was changed'));
        if (char === '\u007f' || char === '\b') value = [...value].slice(0, -1).join('');
        else value += char;
      }
    };
    stdin.on('data', onData);
  });
}
