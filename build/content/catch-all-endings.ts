/**
 * Catch-all endings: an ending that a learner reaches by taking the best choice at every point
 * AND that another learner reaches after a poor choice. Such an ending tells both the same
 * story, so the poor choice had no consequence that the learner can see. Precisely, on the graph
 * of components/src/runtime/dialogue-graph.ts:
 *
 * - an *all-best path* runs from `start` to an ending taking, at every node, a choice with the
 *   highest score offered there (ties: any of them);
 * - a *path with a poor choice* runs from `start` to an ending and takes at least one choice of
 *   quality `poor` anywhere on the way;
 * - an ending is *catch-all* when both kinds of path reach it.
 *
 * So a poor choice may be repaired later, but the repaired story must end in an ending of its
 * own (a "mixed" one, say). Each finding carries one path of each kind, the shortest found, for
 * the author to replay. Assumes an acyclic, fully reachable dialogue (the loader guarantees it).
 */
import type { Dialogue, DialogueNode } from '../../course/schema/activities/dialogue.ts';
import { nodesById } from '../../components/src/runtime/dialogue-graph.ts';

type DialogueGraph = Pick<Dialogue, 'start' | 'nodes'>;

export interface CatchAllEnding {
  ending: string;
  /** Choice ids of an all-best path to the ending. */
  bestPath: string[];
  /** Choice ids of the shortest path with a poor choice to the ending. */
  poorPath: string[];
}

const isEnding = (node: DialogueNode): boolean => !node.choices || node.choices.length === 0;

/** The choices with the highest score at `node`. */
export function topChoices(node: DialogueNode): NonNullable<DialogueNode['choices']> {
  const choices = node.choices ?? [];
  const top = Math.max(...choices.map((c) => c.score));
  return choices.filter((c) => c.score === top);
}

/** Every ending an all-best path reaches, with the first such path found. */
export function allBestEndings(d: DialogueGraph): Map<string, string[]> {
  const byId = nodesById(d);
  const found = new Map<string, string[]>();
  const seen = new Set<string>();
  const walk = (id: string, taken: string[]): void => {
    const node = byId.get(id);
    if (!node || seen.has(id) || taken.length > d.nodes.length) return;
    seen.add(id);
    if (isEnding(node)) {
      found.set(id, taken);
      return;
    }
    for (const choice of topChoices(node)) walk(choice.next, [...taken, choice.id]);
  };
  walk(d.start, []);
  return found;
}

/** Shortest choice paths from `from` to every node it reaches (breadth first). */
function shortestPaths(d: DialogueGraph, from: string): Map<string, string[]> {
  const byId = nodesById(d);
  const paths = new Map<string, string[]>([[from, []]]);
  const queue = [from];
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const choice of byId.get(id)?.choices ?? []) {
      if (paths.has(choice.next) || !byId.has(choice.next)) continue;
      paths.set(choice.next, [...paths.get(id)!, choice.id]);
      queue.push(choice.next);
    }
  }
  return paths;
}

/** Every ending a path with a poor choice reaches, with the shortest such path. */
export function poorPathEndings(d: DialogueGraph): Map<string, string[]> {
  const byId = nodesById(d);
  const toNode = shortestPaths(d, d.start);
  const found = new Map<string, string[]>();
  for (const node of d.nodes) {
    const prefix = toNode.get(node.id);
    if (!prefix) continue;
    for (const choice of (node.choices ?? []).filter((c) => c.quality === 'poor')) {
      for (const [target, rest] of shortestPaths(d, choice.next)) {
        const end = byId.get(target);
        if (!end || !isEnding(end)) continue;
        const path = [...prefix, choice.id, ...rest];
        const known = found.get(target);
        if (!known || path.length < known.length) found.set(target, path);
      }
    }
  }
  return found;
}

/** The catch-all endings of a dialogue, in the order of its nodes. */
export function catchAllEndings(d: DialogueGraph): CatchAllEnding[] {
  const best = allBestEndings(d);
  const poor = poorPathEndings(d);
  return d.nodes
    .filter((n) => best.has(n.id) && poor.has(n.id))
    .map((n) => ({ ending: n.id, bestPath: best.get(n.id)!, poorPath: poor.get(n.id)! }));
}
