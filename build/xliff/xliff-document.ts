/**
 * Translation units to XLIFF and back, through the `xliff` package (locize/xliff): 2.0 by
 * default, 1.2 for older CAT tools. One <file> per translation file (the course, each module),
 * one <group> per activity, one unit per text.
 *
 * The package has no place for a segment's `state` (2.0) or a target's `state` (1.2), which CAT
 * tools use to tell done from to-do, so those are set on the document it wrote, as a DOM edit
 * with xmlbuilder2.
 */
import { js2xliff, jsToXliff12, xliff12ToJs, xliff2js, type XliffGroup, type XliffJs, type XliffUnit } from 'xliff';
import { create } from 'xmlbuilder2';
import type { CourseUnits, TranslationUnit } from './course-units.ts';

export type XliffVersion = '2.0' | '1.2';
export const XLIFF_VERSIONS: readonly XliffVersion[] = ['2.0', '1.2'];

const NS = { '2.0': 'urn:oasis:names:tc:xliff:document:2.0', '1.2': 'urn:oasis:names:tc:xliff:document:1.2' } as const;

export async function writeXliff(course: CourseUnits, version: XliffVersion = '2.0'): Promise<string> {
  const resources: XliffJs['resources'] = {};
  for (const file of course.files) {
    const entries: Record<string, XliffUnit | XliffGroup> = {};
    for (const unit of file.units) {
      const parent = unit.group ? ((entries[unit.group] ??= { groupUnits: {} }) as XliffGroup).groupUnits : entries;
      parent[unit.id] = toXliffUnit(unit, version);
    }
    resources[file.id] = entries;
  }
  const js: XliffJs = { sourceLanguage: course.sourceLocale, targetLanguage: course.locale, resources };
  const xml = version === '1.2' ? await jsToXliff12(js) : await js2xliff(js);
  return withStates(xml, version);
}

function toXliffUnit(unit: TranslationUnit, version: XliffVersion): XliffUnit {
  const attributes: Record<string, string | number> = {};
  // Line breaks carry meaning in Markdown and in answer lists; tools must not fold them.
  if (unit.kind !== 'text') attributes['xml:space'] = 'preserve';
  // A list's limit is per answer, which XLIFF's size restriction cannot say: its note says it.
  if (unit.limit && unit.kind === 'text') {
    if (version === '2.0') attributes.sizeRestriction = unit.limit;
    else Object.assign(attributes, { maxwidth: unit.limit, 'size-unit': 'char' });
  }
  return { source: unit.source, target: unit.target ?? '', note: unit.notes, additionalAttributes: attributes };
}

/** `translated` where the unit has a target, `initial` (2.0) or `needs-translation` (1.2) where not. */
function withStates(xml: string, version: XliffVersion): string {
  const doc = create(xml);
  const dom = doc.node as unknown as Document;
  const holders = dom.getElementsByTagNameNS(NS[version], version === '2.0' ? 'segment' : 'target');
  for (const holder of Array.from(holders)) {
    const target = version === '2.0' ? holder.getElementsByTagNameNS(NS[version], 'target')[0] : holder;
    const done = (target?.textContent ?? '').trim() !== '';
    holder.setAttribute('state', done ? 'translated' : version === '2.0' ? 'initial' : 'needs-translation');
  }
  return doc.end({ prettyPrint: true }) + '\n';
}

/** A unit as read back, with where it is in the XLIFF file. */
export interface ReadUnit {
  fileId: string;
  id: string;
  source?: unknown;
  /** A string, or the package's objects when the target holds inline markup. */
  target?: unknown;
}

export interface ReadXliff {
  version: XliffVersion;
  sourceLanguage?: string;
  targetLanguage?: string;
  units: ReadUnit[];
  /** Units split into several segments by a tool: the package keeps only the last, so they cannot be read. */
  segmented: { fileId: string; id: string }[];
}

/** Why an XLIFF file cannot be read at all, with where the parser stopped if it says. */
export class XliffUnreadable extends Error {
  constructor(
    message: string,
    readonly line = 0,
    readonly column = 0,
  ) {
    super(message);
  }
}

export async function readXliff(text: string): Promise<ReadXliff> {
  const version = detectVersion(text);
  let js: XliffJs;
  try {
    js = version === '1.2' ? await xliff12ToJs(text) : await xliff2js(text);
  } catch (error) {
    // sax reports "Line: 0\nColumn: 18" with a 0-based line.
    const message = error instanceof Error ? error.message : String(error);
    const at = /Line: (\d+)\s+Column: (\d+)/.exec(message);
    throw new XliffUnreadable(message.split('\n')[0] ?? message, at ? Number(at[1]) + 1 : 0, at ? Number(at[2]) : 0);
  }
  const units: ReadUnit[] = [];
  const walk = (fileId: string, entries: Record<string, XliffUnit | XliffGroup>): void => {
    for (const [id, entry] of Object.entries(entries)) {
      if (id === '_additionalElements') continue;
      if ('groupUnits' in entry) walk(fileId, entry.groupUnits);
      else units.push({ fileId, id, source: entry.source, target: entry.target });
    }
  };
  for (const [fileId, entries] of Object.entries(js.resources ?? {})) walk(fileId, entries ?? {});
  return {
    version,
    ...(js.sourceLanguage ? { sourceLanguage: js.sourceLanguage } : {}),
    ...(js.targetLanguage ? { targetLanguage: js.targetLanguage } : {}),
    units,
    segmented: version === '2.0' ? segmentedUnits(text) : [],
  };
}

/** 2.0 or 1.2 from the root element; the package reads each with its own function. */
function detectVersion(text: string): XliffVersion {
  let root: Element | null;
  try {
    root = (create(text).node as unknown as Document).documentElement;
  } catch (error) {
    throw new XliffUnreadable(`This is not an XML file: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!root || root.localName !== 'xliff') throw new XliffUnreadable(`The root element is <${root?.localName ?? ''}>, not <xliff>.`);
  const version = root.getAttribute('version') ?? '';
  if (version === '1.2') return '1.2';
  if (/^2\.\d$/.test(version)) return '2.0';
  throw new XliffUnreadable(`XLIFF version "${version}" is not supported; export as XLIFF 2.0 or 1.2.`);
}

function segmentedUnits(text: string): { fileId: string; id: string }[] {
  const dom = create(text).node as unknown as Document;
  const out: { fileId: string; id: string }[] = [];
  for (const unit of Array.from(dom.getElementsByTagNameNS(NS['2.0'], 'unit'))) {
    if (unit.getElementsByTagNameNS(NS['2.0'], 'segment').length < 2) continue;
    let file: Element | null = unit.parentElement;
    while (file && file.localName !== 'file') file = file.parentElement;
    out.push({ fileId: file?.getAttribute('id') ?? '', id: unit.getAttribute('id') ?? '' });
  }
  return out;
}
