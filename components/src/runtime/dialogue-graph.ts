/**
 * Graph facts about a branching dialogue, computed once from its structure: which nodes are
 * reachable, whether it loops, whether every path ends, the best possible score and the longest
 * path. The loader uses them to reject broken dialogues; the runtime uses them to score a run
 * and to size the worst-case resume state.
 */
import type { Dialogue, DialogueNode } from '../../../course/schema/activities/dialogue.ts';

type DialogueGraph = Pick<Dialogue, 'start' | 'nodes'>;

export interface UnknownTarget {
  node: string;
  choice: string;
  target: string;
}

export interface DialogueProblems {
  /** The `start` id names no node. */
  missingStart: boolean;
  /** Choices whose `next` names no node. */
  unknownTargets: UnknownTarget[];
  /** Nodes that no path from `start` reaches. */
  unreachable: string[];
  /** A loop of node ids (first repeated at the end), if the graph has one. */
  cycle: string[] | undefined;
  /** Nodes with neither choices nor an ending. */
  deadEnds: string[];
  /** Nodes with both choices and an ending. */
  ambiguous: string[];
}

export const nodesById = (d: DialogueGraph): Map<string, DialogueNode> => new Map(d.nodes.map((n) => [n.id, n]));

const isEnding = (n: DialogueNode): boolean => !n.choices || n.choices.length === 0;

/** Everything structurally wrong with a dialogue; all lists empty means it is playable. */
export function analyseDialogue(d: DialogueGraph): DialogueProblems {
  const byId = nodesById(d);
  const unknownTargets: UnknownTarget[] = [];
  for (const node of d.nodes) {
    for (const choice of node.choices ?? []) {
      if (!byId.has(choice.next)) unknownTargets.push({ node: node.id, choice: choice.id, target: choice.next });
    }
  }
  const reached = new Set<string>();
  let cycle: string[] | undefined;
  const onStack: string[] = [];
  const visit = (id: string): void => {
    const node = byId.get(id);
    if (!node) return;
    const loopAt = onStack.indexOf(id);
    if (loopAt >= 0) {
      cycle ??= [...onStack.slice(loopAt), id];
      return;
    }
    if (reached.has(id)) return;
    reached.add(id);
    onStack.push(id);
    for (const choice of node.choices ?? []) visit(choice.next);
    onStack.pop();
  };
  visit(d.start);
  return {
    missingStart: !byId.has(d.start),
    unknownTargets,
    unreachable: byId.has(d.start) ? d.nodes.filter((n) => !reached.has(n.id)).map((n) => n.id) : [],
    cycle,
    deadEnds: d.nodes.filter((n) => isEnding(n) && !n.ending).map((n) => n.id),
    ambiguous: d.nodes.filter((n) => !isEnding(n) && n.ending).map((n) => n.id),
  };
}

/**
 * Best total over all paths from `start` and the largest number of choices on any path.
 * Assumes an acyclic dialogue (the loader guarantees it); nodes are memoised, so it is linear.
 */
export function dialogueBounds(d: DialogueGraph): { maxScore: number; longestPath: number } {
  const byId = nodesById(d);
  const memo = new Map<string, { maxScore: number; longestPath: number }>();
  const walk = (id: string, depth: number): { maxScore: number; longestPath: number } => {
    const cached = memo.get(id);
    if (cached) return cached;
    const node = byId.get(id);
    let best = { maxScore: 0, longestPath: 0 };
    if (node && depth <= d.nodes.length) {
      for (const choice of node.choices ?? []) {
        const rest = walk(choice.next, depth + 1);
        best = {
          maxScore: Math.max(best.maxScore, choice.score + rest.maxScore),
          longestPath: Math.max(best.longestPath, 1 + rest.longestPath),
        };
      }
    }
    memo.set(id, best);
    return best;
  };
  return walk(d.start, 0);
}

/** Every path from `start` to an ending, as the choice ids taken. For content tests. */
export function* allPaths(d: DialogueGraph): Generator<string[]> {
  const byId = nodesById(d);
  function* from(id: string, taken: string[]): Generator<string[]> {
    const node = byId.get(id);
    if (!node || taken.length > d.nodes.length) return;
    if (isEnding(node)) {
      yield taken;
      return;
    }
    for (const choice of node.choices ?? []) yield* from(choice.next, [...taken, choice.id]);
  }
  yield* from(d.start, []);
}
