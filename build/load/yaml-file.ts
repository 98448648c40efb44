/**
 * An authored YAML file with its positions kept: parsing never throws (syntax problems become
 * `YamlSyntax` errors), and any data path (`['activities', 1, 'nodes', 0, 'choices', 1, 'next']`)
 * can be turned back into `file:line:col` with a code frame. Every loader error points through
 * here, so authors land on the exact node.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { codeFrame } from '../errors/code-frame.ts';
import { contentError, type ContentError, type Location } from '../errors/content-error.ts';
import { readAuthoredText } from './authored-text.ts';

export type DataPath = readonly PropertyKey[];

export interface YamlOptions {
  /**
   * `failsafe` reads every scalar as a string: translation files use it so that a Norwegian
   * "no" or a version-like "1.10" stays text instead of becoming a boolean or a number.
   */
  failsafe?: boolean;
  /** The file could not be read as text: this is its one problem, and it has no data. */
  unreadable?: ContentError;
}

/**
 * How many nodes aliases may add when a file is read (yaml's own default). Course files use a
 * few aliases at most; an "alias bomb" would need billions.
 */
const MAX_ALIAS_COUNT = 100;

/**
 * Once the parser meets a structural mistake (a tab, a bad indent, an unclosed quote) it is out of
 * step with the author, and most of what it reports after that only follows from the first one
 * (one tab gave 19 errors). Only the first structural error is kept; others, such as a
 * duplicate key, are independent and stay.
 */
const STRUCTURAL = new Set(['TAB_AS_INDENT', 'BAD_INDENT', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'UNEXPECTED_TOKEN', 'MISSING_CHAR', 'RESOURCE_EXHAUSTION']);

function rootCauses<E extends { code: string }>(errors: E[]): E[] {
  let seen = false;
  return errors.filter((e) => {
    if (!STRUCTURAL.has(e.code)) return true;
    if (seen) return false;
    seen = true;
    return true;
  });
}

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

  constructor(
    readonly file: string,
    readonly text: string,
    options: YamlOptions = {},
  ) {
    this.lineCounter = new LineCounter();
    this.doc = parseDocument(options.unreadable ? '' : text, {
      lineCounter: this.lineCounter,
      prettyErrors: false,
      uniqueKeys: true,
      ...(options.failsafe ? { schema: 'failsafe' as const } : {}),
    });
    const errors = options.unreadable
      ? [options.unreadable]
      : rootCauses([...this.doc.errors, ...this.doc.warnings]).map((e) =>
          contentError('YamlSyntax', { message: e.message, code: e.code }, this.at(e.pos[0], e.pos[1] - e.pos[0])),
        );
    const loop = errors.length === 0 ? this.aliasLoop() : undefined;
    if (loop) errors.push(contentError('YamlAliasLoop', { alias: loop.alias }, this.at(loop.offset, loop.alias.length + 1)));
    let data: unknown;
    if (errors.length === 0) {
      try {
        data = this.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      } catch (error) {
        // yaml throws a ReferenceError for an alias bomb; anything else is a bug to see, not an authoring error.
        if (!(error instanceof ReferenceError)) throw error;
        errors.push(contentError('YamlTooManyAliases', { limit: MAX_ALIAS_COUNT }, this.firstAlias()));
      }
    }
    this.errors = errors;
    this.data = data;
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

  /**
   * An alias inside the node it refers to (`a: &x [1, *x]`) makes data that contains itself, which
   * would send every check that walks the data round forever.
   */
  private aliasLoop(): { alias: string; offset: number } | undefined {
    let loop: { alias: string; offset: number } | undefined;
    visit(this.doc, {
      Alias: (_, node, path) => {
        const target = node.resolve(this.doc);
        if (target && path.includes(target)) {
          loop = { alias: node.source, offset: node.range?.[0] ?? 0 };
          return visit.BREAK;
        }
        return undefined;
      },
    });
    return loop;
  }

  private firstAlias(): Location {
    let offset = 0;
    visit(this.doc, {
      Alias: (_, node) => {
        offset = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    return this.at(offset, this.restOfLine(offset));
  }

  private restOfLine(offset: number): number {
    const end = this.text.indexOf('\n', offset);
    return Math.max(1, (end < 0 ? this.text.length : end) - offset);
  }
}

/**
 * Reads a YAML file; undefined when it does not exist. A file that cannot be read as text (a
 * folder, a link out of the course, not UTF-8, a control character) comes back with that one
 * problem and no data, like a file with a syntax error.
 */
export async function readYamlFile(root: string, file: string, options: { failsafe?: boolean } = {}): Promise<YamlFile | undefined> {
  const read = await readAuthoredText(root, file);
  if (read === undefined) return undefined;
  if ('error' in read) return new YamlFile(file, '', { ...options, unreadable: read.error });
  // The preview studio loads the course again after every save: most files are unchanged, and
  // parsing YAML was most of a load's time. The same text gives the same parse, so it is kept
  // and shared: a YamlFile is read, never changed, by the loader's checks.
  const key = `${root}\u0000${file}\u0000${options.failsafe === true}`;
  let parsed = parses.get(key);
  if (parsed?.text !== read.text) {
    parsed = new YamlFile(file, read.text, options);
    parses.set(key, parsed);
  }
  return parsed;
}

/** The last parse of each file read, by course folder, file and mode. */
const parses = new Map<string, YamlFile>();

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
