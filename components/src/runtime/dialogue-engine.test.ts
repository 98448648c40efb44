import { describe, expect, it } from 'vitest';
import type { Choice, Dialogue } from '../../../course/schema/activities/dialogue.ts';
import { choose, dialogueView, InvalidChoiceError, startDialogue } from './dialogue-engine.ts';

const choice = (id: string, next: string, score: number, quality: Choice['quality'] = 'good'): Choice => ({
  id, text: `say ${id}`, quality, score, feedback: `why ${id}`, next,
});
const line = (text: string) => ({ speaker: 'sam', text });

// Best path: listen (3) -> ask (2) = 5; the shortcut "blame" ends at once with 0.
const dialogue: Pick<Dialogue, 'start' | 'nodes'> = {
  start: 'open',
  nodes: [
    { id: 'open', lines: [line('I was late again.')], choices: [choice('listen', 'talk', 3), choice('blame', 'bad-end', 0, 'poor')] },
    { id: 'talk', lines: [line('The bus...')], choices: [choice('ask', 'good-end', 2), choice('lecture', 'mixed-end', 1, 'acceptable')] },
    { id: 'good-end', lines: [line('Thanks.')], ending: { outcome: 'positive', title: 'Trust', debrief: 'You listened.' } },
    { id: 'mixed-end', lines: [], ending: { outcome: 'mixed', title: 'Meh', debrief: 'Half heard.' } },
    { id: 'bad-end', lines: [], ending: { outcome: 'negative', title: 'Closed', debrief: 'You blamed.' } },
  ],
};

describe('dialogue engine', () => {
  it('starts at the start node with nothing said', () => {
    const view = dialogueView(dialogue, startDialogue());
    expect(view.current.id).toBe('open');
    expect(view.history).toEqual([{ node: view.current }]);
    expect(view.ended).toBe(false);
    expect(view.maxScore).toBe(5);
    expect(view.pathScore).toBe(0);
  });

  it('follows a choice to the next node and adds it to the history', () => {
    const progress = choose(dialogue, startDialogue(), 'listen');
    expect(progress.path).toEqual(['listen']);
    const view = dialogueView(dialogue, progress);
    expect(view.history.map((s) => [s.node.id, s.choice?.id])).toEqual([['open', 'listen'], ['talk', undefined]]);
    expect(view.pathScore).toBe(3);
  });

  it('scores an ending as a percentage of the best path and records it', () => {
    const progress = choose(dialogue, choose(dialogue, undefined, 'listen'), 'lecture');
    const view = dialogueView(dialogue, progress);
    expect(view.ended).toBe(true);
    expect(view.ending?.title).toBe('Meh');
    expect(view.percent).toBe(80);
    expect(progress).toEqual({ type: 'dialogue', path: ['listen', 'lecture'], best: 80, ending: 'mixed-end' });
  });

  it('keeps the best score over runs and resets the path on restart', () => {
    const good = choose(dialogue, choose(dialogue, undefined, 'listen'), 'ask');
    expect(good.best).toBe(100);
    const restarted = startDialogue(good);
    expect(restarted).toEqual({ type: 'dialogue', path: [], best: 100, ending: 'good-end' });
    const worse = choose(dialogue, restarted, 'blame');
    expect(worse.best).toBe(100);
    expect(worse.ending).toBe('bad-end');
    expect(dialogueView(dialogue, worse).percent).toBe(0);
  });

  it('throws on a choice the current node does not offer', () => {
    expect(() => choose(dialogue, undefined, 'ask')).toThrow(InvalidChoiceError);
    expect(() => choose(dialogue, undefined, 'nonsense')).toThrow(/not offered at dialogue node "open"/);
  });

  it('throws on any choice after an ending', () => {
    const ended = choose(dialogue, undefined, 'blame');
    expect(() => choose(dialogue, ended, 'listen')).toThrow(InvalidChoiceError);
  });

  it('replays an untrusted path up to the first step that does not fit', () => {
    const view = dialogueView(dialogue, { type: 'dialogue', path: ['listen', 'blame', 'ask'] });
    expect(view.path).toEqual(['listen']);
    expect(view.current.id).toBe('talk');
    expect(view.ended).toBe(false);
  });

  it('continues from the valid part of a broken path', () => {
    const next = choose(dialogue, { type: 'dialogue', path: ['listen', 'garbage'], best: 40 }, 'ask');
    expect(next).toEqual({ type: 'dialogue', path: ['listen', 'ask'], best: 100, ending: 'good-end' });
  });

  it('counts a dialogue where no points can be scored as 100 percent', () => {
    const flat = {
      start: 'a',
      nodes: [
        { id: 'a', lines: [], choices: [choice('x', 'b', 0), choice('y', 'b', 0)] },
        { id: 'b', lines: [], ending: { outcome: 'positive' as const, title: 't', debrief: 'd' } },
      ],
    };
    expect(dialogueView(flat, choose(flat, undefined, 'x')).percent).toBe(100);
  });
});
