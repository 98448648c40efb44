/**
 * Figures about a module's dialogues in one language, per decision point (a node with choices):
 * how many choices it offers, whether the best choice (the highest score) comes first or is
 * strictly the longest, whether the choices lead anywhere different, and whether a poor choice
 * leads straight to where the best one leads; per dialogue its catch-all endings
 * (catch-all-endings.ts) and whether the all-best path earns the top score. The subject expert
 * found the best answer first and longest, two-way choices, and decisions without consequence;
 * these are the numbers that show it.
 */
import type { ModuleData, DialogueData } from '../../course/schema/course-data.ts';
import { dialogueBounds } from '../../components/src/runtime/dialogue-graph.ts';
import { allBestEndings, catchAllEndings, topChoices, type CatchAllEnding } from './catch-all-endings.ts';
import type { Place } from './content-place.ts';
import { mean, textLength } from './text-length.ts';

export interface DecisionPoint {
  dialogue: string;
  node: string;
  /** The node itself in module.yaml. */
  at: Place;
  choices: number;
  /** Ids of the choices with the highest score (one, unless scores tie). */
  best: string[];
  /** The best choice's text: where a length cue is pointed out. */
  bestText: Place;
  /** Where the (first) best choice leads. */
  bestTarget: string;
  bestFirst: boolean;
  /** A best choice is longer than every other choice. */
  bestLongest: boolean;
  bestLengths: number[];
  otherLengths: number[];
  /** The choices lead to at least two different nodes. */
  hasConsequence: boolean;
  /** Poor choices that lead to a node a best choice leads to (at a point without consequence, every poor choice does). */
  poorRejoining: { choice: string; target: string; at: Place }[];
}

export interface DialogueEndingFinding extends CatchAllEnding {
  dialogue: string;
  at: Place;
}

export interface OutscoredBestPath {
  dialogue: string;
  at: Place;
  bestPath: string[];
  bestPathScore: number;
  maxScore: number;
}

export interface DialogueFigures {
  points: DecisionPoint[];
  catchAll: DialogueEndingFinding[];
  /** Dialogues whose all-best path earns less than the top score (another path earns more). */
  outscored: OutscoredBestPath[];
}

export function dialogueFigures(module: ModuleData): DialogueFigures {
  const figures: DialogueFigures = { points: [], catchAll: [], outscored: [] };
  module.activities.forEach((activity, a) => {
    if (activity.type !== 'dialogue') return;
    figures.points.push(...decisionPoints(activity, a));
    const nodeIndex = new Map(activity.nodes.map((n, i) => [n.id, i]));
    for (const finding of catchAllEndings(activity)) {
      figures.catchAll.push({ ...finding, dialogue: activity.id, at: { path: ['activities', a, 'nodes', nodeIndex.get(finding.ending) ?? 0, 'id'] } });
    }
    const outscored = outscoredBestPath(activity, a);
    if (outscored) figures.outscored.push(outscored);
  });
  return figures;
}

function decisionPoints(dialogue: DialogueData, a: number): DecisionPoint[] {
  const points: DecisionPoint[] = [];
  dialogue.nodes.forEach((node, n) => {
    const choices = node.choices ?? [];
    if (choices.length === 0) return;
    const nodePath = ['activities', a, 'nodes', n];
    const keyOf = (id: string) => `activities.${dialogue.id}.nodes.${node.id}.choices.${id}`;
    const best = new Set(topChoices(node).map((c) => c.id));
    const lengths = choices.map((c) => textLength(c.text));
    const longest = Math.max(...lengths);
    const longestCount = lengths.filter((l) => l === longest).length;
    const firstBest = choices.findIndex((c) => best.has(c.id));
    const bestTargets = new Set(choices.filter((c) => best.has(c.id)).map((c) => c.next));
    const hasConsequence = new Set(choices.map((c) => c.next)).size > 1;
    points.push({
      dialogue: dialogue.id,
      node: node.id,
      at: { path: [...nodePath, 'id'] },
      choices: choices.length,
      best: [...best],
      bestText: { path: [...nodePath, 'choices', firstBest, 'text'], key: `${keyOf(choices[firstBest]!.id)}.text` },
      bestTarget: choices[firstBest]!.next,
      bestFirst: best.has(choices[0]!.id),
      bestLongest: longestCount === 1 && choices.some((c, i) => best.has(c.id) && lengths[i] === longest),
      bestLengths: lengths.filter((_, i) => best.has(choices[i]!.id)),
      otherLengths: lengths.filter((_, i) => !best.has(choices[i]!.id)),
      hasConsequence,
      poorRejoining: choices.flatMap((c, i) =>
        c.quality === 'poor' && !best.has(c.id) && bestTargets.has(c.next) ? [{ choice: c.id, target: c.next, at: { path: [...nodePath, 'choices', i, 'next'] } }] : [],
      ),
    });
  });
  return points;
}

/** The all-best path's score against the top score of any path: a learner who plays it perfectly should see full marks. */
function outscoredBestPath(dialogue: DialogueData, a: number): OutscoredBestPath | undefined {
  const { maxScore } = dialogueBounds(dialogue);
  let best: { path: string[]; score: number } | undefined;
  for (const path of allBestEndings(dialogue).values()) {
    const score = pathScore(dialogue, path);
    if (!best || score > best.score) best = { path, score };
  }
  if (!best || best.score >= maxScore) return undefined;
  return { dialogue: dialogue.id, at: { path: ['activities', a, 'start'] }, bestPath: best.path, bestPathScore: best.score, maxScore };
}

function pathScore(dialogue: DialogueData, path: readonly string[]): number {
  const byId = new Map(dialogue.nodes.map((n) => [n.id, n]));
  let node = byId.get(dialogue.start);
  let total = 0;
  for (const id of path) {
    const choice = node?.choices?.find((c) => c.id === id);
    if (!node || !choice) break;
    total += choice.score;
    node = byId.get(choice.next);
  }
  return total;
}

/** The module's dialogue figures as numbers for the report and the checks. */
export interface DialogueSummary {
  points: number;
  withThreeChoices: number;
  bestFirst: number;
  bestLongest: number;
  meanBest: number;
  meanOthers: number;
  /** mean(best) / mean(others); 0 when there is nothing to compare. */
  lengthRatio: number;
  withoutConsequence: number;
  poorRejoining: number;
  catchAllEndings: number;
}

export function summariseDialogues(figures: DialogueFigures): DialogueSummary {
  const { points } = figures;
  const meanBest = mean(points.flatMap((p) => p.bestLengths));
  const meanOthers = mean(points.flatMap((p) => p.otherLengths));
  return {
    points: points.length,
    withThreeChoices: points.filter((p) => p.choices >= 3).length,
    bestFirst: points.filter((p) => p.bestFirst).length,
    bestLongest: points.filter((p) => p.bestLongest).length,
    meanBest,
    meanOthers,
    lengthRatio: meanOthers > 0 ? meanBest / meanOthers : 0,
    withoutConsequence: points.filter((p) => !p.hasConsequence).length,
    poorRejoining: points.reduce((n, p) => n + p.poorRejoining.length, 0),
    catchAllEndings: figures.catchAll.length,
  };
}
