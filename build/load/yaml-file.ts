/**
 * An authored YAML file with its positions kept: parsing never throws (syntax problems become
 * `YamlSyntax` errors), and any data path (`['activities', 1, 'nodes', 0, 'choices', 1, 'next']`)
 * can be turned back into `file:line:col` with a code frame. Every loader error points through
 * here, so authors land on the exact node.
 */
import { readFile } from 'node:fs/promises';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { codeFrame } from '../errors/code-frame.ts';
import { contentError, type ContentError, type Location } from '../errors/content-error.ts';

export type DataPath = readonly PropertyKey[];

export interface LocateOptions {
  /** Point at the key of a map entry (e.g. an unknown field) rather than its value. */
  part?: 'key' | 'value';
}

export class YamlFile {
  readonly data: unknown;
  readonly errors: ContentError[];
  private readonly lineCounter: LineCounter;
  private readonly doc: Document.Parsed;
  private lines: string[] | undefined;

  /**
   * `failsafe` reads every scalar as a string: translation files use it so that a Norwegian
   * "no" or a version-like "1.10" stays text instead of becoming a boolean or a number.
   */
  constructor(
    readonly file: string,
    readonly text: string,
    options: { failsafe?: boolean } = {},
  ) {
    this.lineCounter = new LineCounter();
    this.doc = parseDocument(text, {
      lineCounter: this.lineCounter,
      prettyErrors: false,
      uniqueKeys: true,
      ...(options.failsafe ? { schema: 'failsafe' as const } : {}),
    });
    this.errors = [...this.doc.errors, ...this.doc.warnings].map((e) =>
      contentError('YamlSyntax', { message: e.message, code: e.code }, this.at(e.pos[0], e.pos[1] - e.pos[0])),
    );
    this.data = this.errors.length > 0 ? undefined : this.doc.toJS();
  }

  /** The root node, for walkers that need nodes rather than data (translation files). */
  get root(): Node | null {
    return this.doc.contents;
  }

  /** Location of the node at `path`, or of its nearest existing ancestor. */
  locate(path: DataPath, options: LocateOptions = {}): Location {
    let node: unknown = this.doc.contents;
    let keyNode: unknown;
    for (const segment of path) {
      const next = child(node, segment);
      if (!next) break;
      node = next.value;
      keyNode = next.key;
      if (node === null || node === undefined) break;
    }
    const target = options.part === 'key' && keyNode ? keyNode : (node ?? keyNode);
    const range = rangeOf(target) ?? rangeOf(keyNode) ?? [0, 1];
    return this.at(range[0], isScalar(target) ? range[1] - range[0] : this.restOfLine(range[0]));
  }

  /** 1-based line of the node at `path` (for "first on line N" in messages). */
  lineOf(path: DataPath): number {
    return this.locate(path).line;
  }

  /** A location from a character offset; its code frame is rendered only if an error uses it. */
  at(offset: number, length = 1): Location {
    const { line, col } = this.lineCounter.linePos(offset);
    const lines = (): readonly string[] => (this.lines ??= this.text.split(/\r?\n/));
    return {
      file: this.file,
      line,
      column: col,
      get frame() {
        return codeFrame(lines(), { line, column: col, length });
      },
    };
  }

  private restOfLine(offset: number): number {
    const end = this.text.indexOf('\n', offset);
    return Math.max(1, (end < 0 ? this.text.length : end) - offset);
  }
}

/** Reads a YAML file; undefined when it does not exist. */
export async function readYamlFile(root: string, file: string, options: { failsafe?: boolean } = {}): Promise<YamlFile | undefined> {
  const text = await readText(`${root}/${file}`);
  return text === undefined ? undefined : new YamlFile(file, text, options);
}

export async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function child(node: unknown, segment: PropertyKey): { key?: unknown; value: unknown } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
    return pair ? { key: pair.key, value: pair.value } : undefined;
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment];
    return item === undefined ? undefined : { value: item };
  }
  return undefined;
}

function rangeOf(node: unknown): [number, number] | undefined {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? [range[0], range[1]] : undefined;
}
