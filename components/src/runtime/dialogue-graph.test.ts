import { describe, expect, it } from 'vitest';
import { allPaths, analyseDialogue, dialogueBounds } from './dialogue-graph.ts';

const choice = (id: string, next: string, score = 1) => ({ id, text: id, quality: 'good' as const, score, feedback: 'f', next });
const ending = { outcome: 'positive' as const, title: 't', debrief: 'd' };

const diamond = {
  start: 'a',
  nodes: [
    { id: 'a', lines: [], choices: [choice('to-b', 'b', 2), choice('to-c', 'c', 0)] },
    { id: 'b', lines: [], choices: [choice('b-end', 'end', 1)] },
    { id: 'c', lines: [], choices: [choice('c-b', 'b', 3), choice('c-end', 'end', 0)] },
    { id: 'end', lines: [], ending },
  ],
};

describe('dialogue graph', () => {
  it('finds nothing wrong with a well-formed dialogue', () => {
    expect(analyseDialogue(diamond)).toEqual({
      missingStart: false, unknownTargets: [], unreachable: [], cycle: undefined, deadEnds: [], ambiguous: [],
    });
  });

  it('reports unknown targets, unreachable nodes, loops, dead ends and nodes that are both', () => {
    const broken = {
      start: 'a',
      nodes: [
        { id: 'a', lines: [], choices: [choice('x', 'b'), choice('y', 'nowhere')] },
        { id: 'b', lines: [], choices: [choice('back', 'a')] },
        { id: 'island', lines: [], ending },
        { id: 'stuck', lines: [] },
        { id: 'both', lines: [], choices: [choice('z', 'a')], ending },
      ],
    };
    const p = analyseDialogue(broken);
    expect(p.unknownTargets).toEqual([{ node: 'a', choice: 'y', target: 'nowhere' }]);
    expect(p.unreachable).toEqual(['island', 'stuck', 'both']);
    expect(p.cycle).toEqual(['a', 'b', 'a']);
    expect(p.deadEnds).toEqual(['stuck']);
    expect(p.ambiguous).toEqual(['both']);
  });

  it('reports a start that names no node', () => {
    expect(analyseDialogue({ ...diamond, start: 'missing' }).missingStart).toBe(true);
  });

  it('computes the best score and the longest path over all paths', () => {
    expect(dialogueBounds(diamond)).toEqual({ maxScore: 4, longestPath: 3 });
  });

  it('lists every path to an ending', () => {
    expect([...allPaths(diamond)]).toEqual([['to-b', 'b-end'], ['to-c', 'c-b', 'b-end'], ['to-c', 'c-end']]);
  });
});
