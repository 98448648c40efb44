/**
 * Rules a dialogue must meet beyond its schema, so every learner can play it to an ending: the
 * graph facts come from the runtime's own `analyseDialogue()` (one definition of "playable"), the
 * cast rules are checked here.
 */
import type { Dialogue } from '../../course/schema/activities/dialogue.ts';
import { analyseDialogue, type DialogueProblems } from '../../components/src/runtime/dialogue-graph.ts';
import { contentError, type ContentError } from '../errors/content-error.ts';
import { closest } from '../errors/did-you-mean.ts';
import type { DialogueRefs } from './reference-view.ts';
import type { DataPath, YamlFile } from './yaml-file.ts';

const NO_GRAPH_PROBLEMS: DialogueProblems = { missingStart: false, unknownTargets: [], unreachable: [], cycle: undefined, deadEnds: [], ambiguous: [] };

export function checkDialogue(dialogue: DialogueRefs, at: DataPath, file: YamlFile): ContentError[] {
  const errors: ContentError[] = [];
  const name = dialogue.id;
  const nodeIds = dialogue.nodes.map((n) => n.id);
  const nodeIndex = new Map(dialogue.nodes.map((n, i) => [n.id, i]));
  const nodePath = (id: string): PropertyKey[] => [...at, 'nodes', nodeIndex.get(id) ?? 0];
  // With a node id used twice (a DuplicateId), every path through it is ambiguous: the graph rules
  // would only report what follows from the duplicate.
  // The graph analysis reads only ids, `start`, `next` and whether a node has an `ending`: what the references hold.
  const problems = new Set(nodeIds).size === nodeIds.length ? analyseDialogue(dialogue as unknown as Dialogue) : NO_GRAPH_PROBLEMS;

  if (problems.missingStart) {
    errors.push(contentError('DialogueStartMissing', { dialogue: name, start: dialogue.start, nodes: nodeIds }, file.locate([...at, 'start'])));
  }
  // A mistyped `next` also leaves the node it meant unreachable; the typo is the one problem to report.
  const meant = new Set<string>();
  for (const target of problems.unknownTargets) {
    const node = dialogue.nodes[nodeIndex.get(target.node) ?? 0]!;
    const choiceIndex = (node.choices ?? []).findIndex((c) => c.id === target.choice && c.next === target.target);
    const suggestion = closest(target.target, nodeIds);
    if (suggestion) meant.add(suggestion);
    errors.push(
      contentError(
        'DialogueTargetMissing',
        { dialogue: name, choice: target.choice, target: target.target, nodes: nodeIds, ...(suggestion ? { suggestion } : {}) },
        file.locate([...nodePath(target.node), 'choices', choiceIndex, 'next']),
      ),
    );
  }
  for (const id of problems.unreachable.filter((n) => !meant.has(n))) {
    errors.push(contentError('DialogueNodeUnreachable', { dialogue: name, node: id }, file.locate([...nodePath(id), 'id'])));
  }
  if (problems.cycle) {
    // Point at the choice that closes the loop: the last step back to a node already visited.
    const from = problems.cycle.at(-2) ?? '';
    const to = problems.cycle.at(-1) ?? '';
    const choices = dialogue.nodes[nodeIndex.get(from) ?? 0]?.choices ?? [];
    const back = choices.findIndex((c) => c.next === to);
    errors.push(contentError('DialogueLoop', { dialogue: name, cycle: problems.cycle }, file.locate([...nodePath(from), 'choices', back, 'next'])));
  }
  for (const id of problems.deadEnds) {
    errors.push(contentError('DialogueDeadEnd', { dialogue: name, node: id }, file.locate([...nodePath(id), 'id'])));
  }
  for (const id of problems.ambiguous) {
    errors.push(contentError('DialogueEndingWithChoices', { dialogue: name, node: id }, file.locate([...nodePath(id), 'ending'], { part: 'key' })));
  }

  const castIds = dialogue.cast.map((c) => c.id);
  if (!castIds.includes(dialogue.player)) {
    errors.push(contentError('DialoguePlayerNotInCast', { dialogue: name, player: dialogue.player, cast: castIds }, file.locate([...at, 'player'])));
  }
  dialogue.nodes.forEach((node, n) => {
    const path = [...at, 'nodes', n];
    if (node.choices?.length === 1) {
      errors.push(contentError('DialogueTooFewChoices', { dialogue: name, node: node.id }, file.locate([...path, 'choices'], { part: 'key' })));
    }
    node.lines.forEach((line, l) => {
      const where = file.locate([...path, 'lines', l, 'speaker']);
      if (line.speaker === dialogue.player) {
        errors.push(contentError('DialoguePlayerSpeaks', { dialogue: name, node: node.id, player: dialogue.player }, where));
      } else if (!castIds.includes(line.speaker)) {
        const suggestion = closest(line.speaker, castIds);
        errors.push(
          contentError(
            'DialogueSpeakerUnknown',
            { dialogue: name, node: node.id, speaker: line.speaker, cast: castIds, ...(suggestion ? { suggestion } : {}) },
            where,
          ),
        );
      }
    });
  });
  return errors;
}
