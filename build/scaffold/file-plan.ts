/**
 * The files a scaffold command writes, planned in full before anything touches the disk: every
 * problem (an id in use, a file that already exists, a YAML file that cannot be edited) is found
 * while planning, and writing puts each file in a temp file beside it and then renames, so an
 * author never finds half a module after an error.
 */
import { access, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';

/** A problem the author can fix (a bad id, an id in use); the CLI prints its message alone. */
export class ScaffoldError extends Error {
  override name = 'ScaffoldError';
}

interface PlannedWrite {
  path: string;
  text: string;
  /** The text the file had when the change was planned (an edit), or undefined for a new file. */
  before: string | undefined;
}

export class FilePlan {
  private readonly writes = new Map<string, PlannedWrite>();

  constructor(
    /** Paths are reported relative to this folder (the course). */
    readonly root: string,
  ) {}

  /** Plans a new file; refused if it exists, so nothing an author wrote is overwritten. */
  async create(path: string, text: string): Promise<void> {
    if (this.writes.has(path) || (await exists(path))) throw new ScaffoldError(`${this.show(path)} already exists; nothing was written.`);
    this.writes.set(path, { path, text, before: undefined });
  }

  /** Plans a change to an existing file, from its current (or already planned) text. */
  async edit(path: string, change: (text: string) => string): Promise<void> {
    const planned = this.writes.get(path);
    const current = planned?.text ?? (await readFile(path, 'utf8'));
    this.writes.set(path, { path, text: change(current), before: planned ? planned.before : current });
  }

  /** The planned text of `path` (new or edited), or its text on disk. */
  async textOf(path: string): Promise<string> {
    return this.writes.get(path)?.text ?? readFile(path, 'utf8');
  }

  get created(): string[] {
    return [...this.writes.values()].filter((w) => w.before === undefined).map((w) => this.show(w.path));
  }

  get changed(): string[] {
    return [...this.writes.values()].filter((w) => w.before !== undefined).map((w) => this.show(w.path));
  }

  /** Writes every planned file: all temp files first, then the renames. */
  async commit(): Promise<void> {
    const temps: string[] = [];
    try {
      for (const write of this.writes.values()) {
        if (write.before !== undefined && (await readFile(write.path, 'utf8')) !== write.before) {
          throw new ScaffoldError(`${this.show(write.path)} changed while the scaffold was planned; nothing was written. Run the command again.`);
        }
        await mkdir(dirname(write.path), { recursive: true });
        const temp = `${write.path}.${process.pid}.tmp`;
        await writeFile(temp, write.text);
        temps.push(temp);
      }
    } catch (error) {
      await Promise.all(temps.map((t) => rm(t, { force: true })));
      throw error;
    }
    for (const write of this.writes.values()) await rename(`${write.path}.${process.pid}.tmp`, write.path);
  }

  private show(path: string): string {
    return relative(this.root, path).split('\\').join('/') || '.';
  }
}

export async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
