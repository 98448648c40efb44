/**
 * Where the boxes and bands of a dialogue's flow diagram go: a small Sankey layout, pure
 * geometry with no DOM, so it is tested in Node. Steps become columns (the longest way from a
 * start), each box is as tall as the runs through it, and each band from one box to the next
 * is as wide as the runs that took it. A dialogue that loops back ("try again") keeps its
 * loop in the table of transitions but not in the drawing, which reads left to right.
 *
 * The API's flows go from a node's choice to what came next; when they start at choices, the
 * decision points' counts add the step from each node to its choices, so the drawing shows
 * the decision, the choice and where it led.
 */
import type { Dialogues } from '../../../../analytics/dashboard-api.ts';

type Dialogue = Dialogues['dialogues'][number];

export type VertexKind = 'decision' | 'choice' | 'ending' | 'step';

export interface FlowVertex {
  id: string;
  kind: VertexKind;
  /** The choice's quality (good, acceptable, poor), else null. */
  quality: string | null;
  column: number;
  x: number;
  y: number;
  height: number;
  /** Runs through the box: the larger of what came in and what went out. */
  runs: number;
}

export interface FlowBand {
  from: string;
  to: string;
  count: number;
  /** SVG path data of the band's centre line; drawn with `width` as stroke width. */
  path: string;
  width: number;
}

export interface FlowLayout {
  width: number;
  height: number;
  columns: number;
  vertices: FlowVertex[];
  bands: FlowBand[];
  /** Transitions that loop back, not drawn. */
  loops: { from: string; to: string; count: number }[];
}

export interface FlowGeometry {
  columnWidth: number;
  boxWidth: number;
  /** Space between boxes of a column; at least a line of label text. */
  gap: number;
  /** Room after the last column for its labels. */
  labelRoom: number;
  minHeight: number;
}

export const DEFAULT_GEOMETRY: FlowGeometry = { columnWidth: 220, boxWidth: 14, gap: 30, labelRoom: 200, minHeight: 260 };

interface Edge {
  from: string;
  to: string;
  count: number;
}

/** The flows, plus node → choice steps from the decision points when the flows start at choices. */
export function flowEdges(dialogue: Dialogue): Edge[] {
  const edges = new Map<string, Edge>();
  const add = (from: string, to: string, count: number) => {
    const key = `${from}\u0000${to}`;
    if (!edges.has(key)) edges.set(key, { from, to, count });
  };
  for (const flow of dialogue.flows) add(flow.from, flow.to, flow.count);
  const sources = new Set(dialogue.flows.map((flow) => flow.from));
  const targets = new Set(dialogue.flows.map((flow) => flow.to));
  for (const decision of dialogue.decisions) {
    for (const choice of decision.choices) {
      if (sources.has(choice.choiceId) && !targets.has(choice.choiceId) && choice.count > 0) add(decision.nodeId, choice.choiceId, choice.count);
    }
  }
  return [...edges.values()];
}

function kinds(dialogue: Dialogue): Map<string, { kind: VertexKind; quality: string | null }> {
  const known = new Map<string, { kind: VertexKind; quality: string | null }>();
  for (const ending of dialogue.endings) known.set(ending.endingId, { kind: 'ending', quality: ending.outcome });
  for (const decision of dialogue.decisions) {
    for (const choice of decision.choices) known.set(choice.choiceId, { kind: 'choice', quality: choice.quality });
    known.set(decision.nodeId, { kind: 'decision', quality: null });
  }
  return known;
}

/** Splits edges into those that go forward (a DAG, in first-seen order) and those that loop back. */
function forwardEdges(vertices: string[], edges: Edge[]): { forward: Edge[]; loops: Edge[] } {
  const out = new Map<string, Edge[]>(vertices.map((v) => [v, []]));
  for (const edge of edges) out.get(edge.from)!.push(edge);
  const state = new Map<string, 'open' | 'done'>();
  const loops = new Set<Edge>();
  const visit = (v: string) => {
    state.set(v, 'open');
    for (const edge of out.get(v)!) {
      const s = state.get(edge.to);
      if (s === 'open') loops.add(edge);
      else if (s === undefined) visit(edge.to);
    }
    state.set(v, 'done');
  };
  const hasIncoming = new Set(edges.map((e) => e.to));
  for (const v of vertices.filter((v) => !hasIncoming.has(v))) if (!state.has(v)) visit(v);
  for (const v of vertices) if (!state.has(v)) visit(v);
  return { forward: edges.filter((e) => !loops.has(e)), loops: [...loops] };
}

export function layoutFlow(dialogue: Dialogue, geometry: FlowGeometry = DEFAULT_GEOMETRY): FlowLayout {
  const edges = flowEdges(dialogue).filter((edge) => edge.count > 0 && edge.from !== edge.to);
  const ids: string[] = [];
  for (const edge of edges) for (const id of [edge.from, edge.to]) if (!ids.includes(id)) ids.push(id);
  const { forward, loops } = forwardEdges(ids, edges);

  // Columns: the longest way from a start (relaxed until stable; the forward edges are acyclic).
  const column = new Map(ids.map((id) => [id, 0]));
  for (let changed = true, guard = 0; changed && guard <= ids.length; guard++) {
    changed = false;
    for (const edge of forward) {
      if (column.get(edge.to)! < column.get(edge.from)! + 1) {
        column.set(edge.to, column.get(edge.from)! + 1);
        changed = true;
      }
    }
  }
  // Endings line up in the last column, where a reader looks for how runs ended.
  const last = ids.length === 0 ? 0 : Math.max(...column.values());
  const endingIds = new Set(dialogue.endings.map((ending) => ending.endingId));
  for (const id of ids) if (endingIds.has(id) && !forward.some((edge) => edge.from === id)) column.set(id, last);
  const runsIn = new Map<string, number>();
  const runsOut = new Map<string, number>();
  for (const edge of forward) {
    runsOut.set(edge.from, (runsOut.get(edge.from) ?? 0) + edge.count);
    runsIn.set(edge.to, (runsIn.get(edge.to) ?? 0) + edge.count);
  }
  const runs = (id: string) => Math.max(runsIn.get(id) ?? 0, runsOut.get(id) ?? 0);
  const columns = ids.length === 0 ? 0 : Math.max(...column.values()) + 1;
  const byColumn: string[][] = Array.from({ length: columns }, () => []);
  for (const id of ids) byColumn[column.get(id)!]!.push(id);

  // One scale for every column: the fullest column fills the height.
  const tallest = Math.max(1, ...byColumn.map((col) => col.length));
  const height = Math.max(geometry.minHeight, tallest * (geometry.gap + 24));
  const scale = Math.min(...byColumn.map((col) => (height - (col.length - 1) * geometry.gap) / Math.max(1, col.reduce((sum, id) => sum + runs(id), 0))));

  const known = kinds(dialogue);
  const vertices = new Map<string, FlowVertex>();
  const centre = (id: string) => vertices.get(id)!.y + vertices.get(id)!.height / 2;
  byColumn.forEach((col, c) => {
    // Order boxes by where their runs came from, so bands cross as little as they can.
    if (c > 0) {
      const weight = (id: string) => {
        const incoming = forward.filter((e) => e.to === id && vertices.has(e.from));
        const total = incoming.reduce((sum, e) => sum + e.count, 0);
        return total === 0 ? Number.POSITIVE_INFINITY : incoming.reduce((sum, e) => sum + centre(e.from) * e.count, 0) / total;
      };
      col.sort((a, b) => weight(a) - weight(b));
    }
    let y = 0;
    for (const id of col) {
      const h = Math.max(3, runs(id) * scale);
      const info = known.get(id) ?? { kind: 'step' as const, quality: null };
      vertices.set(id, { id, kind: info.kind, quality: info.quality, column: c, x: c * geometry.columnWidth, y, height: h, runs: runs(id) });
      y += h + geometry.gap;
    }
  });

  const outOffset = new Map<string, number>();
  const inOffset = new Map<string, number>();
  const sorted = [...forward].sort((a, b) => centre(a.from) - centre(b.from) || centre(a.to) - centre(b.to));
  const bands = sorted.map((edge) => {
    const from = vertices.get(edge.from)!;
    const to = vertices.get(edge.to)!;
    const width = Math.max(1.5, edge.count * scale);
    const y0 = from.y + (outOffset.get(edge.from) ?? 0) + width / 2;
    const y1 = to.y + (inOffset.get(edge.to) ?? 0) + width / 2;
    outOffset.set(edge.from, (outOffset.get(edge.from) ?? 0) + edge.count * scale);
    inOffset.set(edge.to, (inOffset.get(edge.to) ?? 0) + edge.count * scale);
    const x0 = from.x + geometry.boxWidth;
    const x1 = to.x;
    const mid = (x0 + x1) / 2;
    const r = (n: number) => Math.round(n * 10) / 10;
    return { from: edge.from, to: edge.to, count: edge.count, width: r(width), path: `M${r(x0)},${r(y0)} C${r(mid)},${r(y0)} ${r(mid)},${r(y1)} ${r(x1)},${r(y1)}` };
  });

  return {
    width: Math.max(0, (columns - 1) * geometry.columnWidth + geometry.boxWidth + geometry.labelRoom),
    height: Math.ceil(height),
    columns,
    vertices: [...vertices.values()],
    bands,
    loops,
  };
}
