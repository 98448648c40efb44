/**
 * What a translation must keep from its English source: `{{placeholder}}` interpolations, and for
 * Markdown the link targets, image paths, headings, lists, tables and code blocks. A translator
 * changes words; a CAT tool that drops a `#`, merges two list items or "translates" a
 * `template:training-plan` link breaks the page in ways the words do not show.
 */
import { Lexer, type Token, type Tokens } from 'marked';

/** i18next-style interpolation, the placeholder syntax of the player's interface text. */
const PLACEHOLDER = /\{\{\s*[^{}]+?\s*\}\}/g;

export interface Shape {
  placeholders: string[];
  links: string[];
  images: string[];
  /** Heading levels in order, e.g. `## ### ##`. */
  headings: string[];
  /** Per list: `3 items` or `3 items, numbered`. */
  lists: string[];
  /** Per table: `4 columns × 3 rows`. */
  tables: string[];
  codeBlocks: number;
}

export function shapeOf(text: string, markdown: boolean): Shape {
  const shape: Shape = { placeholders: (text.match(PLACEHOLDER) ?? []).map((p) => p.replace(/\s+/g, '')), links: [], images: [], headings: [], lists: [], tables: [], codeBlocks: 0 };
  if (markdown) visit(new Lexer().lex(text), shape, true);
  return shape;
}

function visit(tokens: readonly Token[], shape: Shape, block: boolean): void {
  for (const token of tokens) {
    switch (token.type) {
      case 'heading':
        shape.headings.push('#'.repeat((token as Tokens.Heading).depth));
        break;
      case 'list': {
        const list = token as Tokens.List;
        shape.lists.push(`${list.items.length} items${list.ordered ? ', numbered' : ''}`);
        for (const item of list.items) visit(item.tokens, shape, true);
        continue;
      }
      case 'table': {
        const table = token as Tokens.Table;
        shape.tables.push(`${table.header.length} columns × ${table.rows.length} rows`);
        for (const cell of [...table.header, ...table.rows.flat()]) visit(cell.tokens, shape, false);
        continue;
      }
      case 'code':
        if (block) shape.codeBlocks++;
        break;
      case 'link':
        shape.links.push((token as Tokens.Link).href);
        break;
      case 'image':
        shape.images.push((token as Tokens.Image).href);
        break;
    }
    const children = (token as { tokens?: Token[] }).tokens;
    if (children) visit(children, shape, false);
  }
}

/** Parts a translation must keep exactly; the others may be adapted (the course's own pages adapt lists and sections per country). */
export const MUST_KEEP: ReadonlySet<keyof Shape> = new Set(['placeholders', 'links', 'images']);

export interface ShapeDifference {
  part: keyof Shape;
  text: string;
}

/** What differs, one phrase per part, in the order a translator checks them; empty when nothing does. */
export function shapeDifferences(source: Shape, target: Shape): ShapeDifference[] {
  const out: ShapeDifference[] = [];
  const bag = (part: 'placeholders' | 'links' | 'images', name: string): void => {
    const missing = subtract(source[part], target[part]);
    const extra = subtract(target[part], source[part]);
    if (missing.length) out.push({ part, text: `${name} missing: ${missing.join(', ')}` });
    if (extra.length) out.push({ part, text: `${name} not in English: ${extra.join(', ')}` });
  };
  const sequence = (part: 'headings' | 'lists' | 'tables'): void => {
    const a = source[part];
    const b = target[part];
    if (a.join('|') !== b.join('|')) out.push({ part, text: `${part}: English has ${describe(a)}, the translation ${describe(b)}` });
  };
  bag('placeholders', 'placeholders');
  bag('links', 'link targets');
  bag('images', 'images');
  sequence('headings');
  sequence('lists');
  sequence('tables');
  if (source.codeBlocks !== target.codeBlocks) out.push({ part: 'codeBlocks', text: `code blocks: English has ${source.codeBlocks}, the translation ${target.codeBlocks}` });
  return out;
}

const describe = (items: string[]): string => (items.length ? items.join(' / ') : 'none');

/** `a` minus `b`, counting repeats: a link used twice in English must be there twice. */
function subtract(a: readonly string[], b: readonly string[]): string[] {
  const left = [...b];
  return a.filter((item) => {
    const i = left.indexOf(item);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}
