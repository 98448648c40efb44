/** Loader errors in dialogues (graph and cast), pinned by name, position and wording. */
import { afterAll, describe, expect, it } from 'vitest';
import { formatErrors } from '../errors/format-errors.ts';
import { pins, positionOf, problemsOf, removeTempCourses, tinyModule, valuePosition } from './test-support/tiny-course.ts';

afterAll(removeTempCourses);

const MODULE = 'modules/m/module.yaml';

const choice = (id: string, next: string): string => `          - id: ${id}
            text: Say ${id}.
            quality: good
            score: 1
            feedback: Because.
            next: ${next}
`;
const ending = (id: string, lines = ''): string => `      - id: ${id}
${lines}        ending:
          outcome: positive
          title: Done
          debrief: It went well.
`;
const node = (id: string, choices: string, lines = '        lines:\n          - speaker: ann\n            text: Hi.\n'): string =>
  `      - id: ${id}\n${lines}        choices:\n${choices}`;

/** A dialogue `talk` with cast `me` (player) and `ann`; `nodes` is the YAML under `nodes:`. */
const dialogue = (nodes: string, start = 'hello', player = 'me'): string =>
  tinyModule(`  - id: talk
    type: dialogue
    title: A talk
    scene: A shop on a Monday.
    cast:
      - id: me
        name: Me
        role: mentor
      - id: ann
        name: Ann
        role: apprentice
    player: ${player}
    start: ${start}
    nodes:
${nodes}`);

const valid = node('hello', choice('ask-why', 'end') + choice('greet', 'end')) + ending('end');

describe('loader: dialogue errors', () => {
  it('accepts a well-formed dialogue', async () => {
    expect(await problemsOf({ [MODULE]: dialogue(valid) })).toEqual([]);
  });

  it('DialogueTargetMissing: points at `next` and lists the nodes there are', async () => {
    const text = dialogue(node('hello', choice('ask-why', 'explain') + choice('greet', 'end')) + ending('end'));
    const problems = await problemsOf({ [MODULE]: text });
    expect(formatErrors(problems, { color: false })).toBe(
      [
        'error DialogueTargetMissing  modules/m/module.yaml:36:19',
        '  Choice "ask-why" in dialogue "talk" leads to node "explain", which does not exist.',
        '  why: a learner who picks this choice would be stuck with nothing to read.',
        '  fix: add a node with id "explain", or point `next` at one of: hello, end.',
        '   34 |             score: 1',
        '   35 |             feedback: Because.',
        ' > 36 |             next: explain',
        '      |                   ^^^^^^^',
        '',
        '1 error in 1 file; nothing was written.',
        '',
      ].join('\n'),
    );
  });

  it('DialogueTargetMissing: a typo gets "did you mean", and the node it meant is not also called unreachable', async () => {
    const text = dialogue(node('hello', choice('ask-why', 'explian') + choice('greet', 'end')) + ending('explain') + ending('end'));
    const problems = await problemsOf({ [MODULE]: text });
    expect(pins(problems)).toEqual([`DialogueTargetMissing ${valuePosition(MODULE, text, 'next: explian')}`]);
    expect(problems[0]!.what).toBe('Choice "ask-why" in dialogue "talk" leads to node "explian", which does not exist. Did you mean "explain"?');
  });

  it('DialogueStartMissing: the start names no node', async () => {
    const text = dialogue(valid, 'hallo');
    const problems = await problemsOf({ [MODULE]: text });
    expect(pins(problems)).toEqual([`DialogueStartMissing ${positionOf(MODULE, text, 'hallo')}`]);
    expect(problems[0]!.fix).toBe('set `start` to the id of the first node, one of: hello, end.');
  });

  it('DialogueNodeUnreachable: a node no choice leads to', async () => {
    const text = dialogue(valid + ending('island'));
    const problems = await problemsOf({ [MODULE]: text });
    expect(pins(problems)).toEqual([`DialogueNodeUnreachable ${positionOf(MODULE, text, 'island')}`]);
    expect(problems[0]!.what).toBe('Node "island" in dialogue "talk" cannot be reached: no choice on any path from the start leads to it.');
  });

  it('DialogueLoop: points at the choice that goes back', async () => {
    const text = dialogue(node('hello', choice('on', 'again') + choice('stop', 'end')) + node('again', choice('back', 'hello') + choice('done', 'end')) + ending('end'));
    const problems = await problemsOf({ [MODULE]: text });
    expect(pins(problems)).toEqual([`DialogueLoop ${valuePosition(MODULE, text, 'next: hello')}`]);
    expect(problems[0]!.what).toBe('Dialogue "talk" loops: hello → again → hello.');
  });

  it('DialogueDeadEnd and DialogueEndingWithChoices: a node must be one or the other', async () => {
    const stuck = '      - id: stuck\n        lines:\n          - speaker: ann\n            text: Hmm.\n';
    const both = `${node('both', choice('x', 'end') + choice('y', 'end'))}        ending:\n          outcome: mixed\n          title: Both\n          debrief: Both.\n`;
    const text = dialogue(node('hello', choice('to-stuck', 'stuck') + choice('to-both', 'both')) + stuck + both + ending('end'));
    const problems = await problemsOf({ [MODULE]: text });
    expect(pins(problems)).toEqual([
      `DialogueDeadEnd ${valuePosition(MODULE, text, 'id: stuck')}`,
      `DialogueEndingWithChoices ${positionOf(MODULE, text, 'ending:', 1)}`,
    ]);
    expect(problems[0]!.what).toBe('Node "stuck" in dialogue "talk" has no choices and no `ending`.');
    expect(problems[1]!.fix).toBe('remove the `ending` to keep the conversation going, or remove the `choices` to end it here.');
  });

  it('DialogueTooFewChoices: a decision needs at least two choices', async () => {
    const text = dialogue(node('hello', choice('only', 'end')) + ending('end'));
    const problems = await problemsOf({ [MODULE]: text });
    expect(pins(problems)).toEqual([`DialogueTooFewChoices ${positionOf(MODULE, text, 'choices:')}`]);
    expect(problems[0]!.what).toBe('Node "hello" in dialogue "talk" offers only one choice.');
  });

  it('DialogueSpeakerUnknown: a line by someone not in the cast', async () => {
    const text = dialogue(node('hello', choice('a', 'end') + choice('b', 'end'), '        lines:\n          - speaker: anne\n            text: Hi.\n') + ending('end'));
    const problems = await problemsOf({ [MODULE]: text });
    expect(pins(problems)).toEqual([`DialogueSpeakerUnknown ${positionOf(MODULE, text, 'anne')}`]);
    expect(problems[0]!.what).toBe('A line in node "hello" of dialogue "talk" is spoken by "anne", who is not in the cast. Did you mean "ann"?');
    expect(problems[0]!.fix).toBe('use one of the cast ids (me, ann), or add "anne" to `cast`.');
  });

  it('DialoguePlayerNotInCast: the learner must play a cast member', async () => {
    const text = dialogue(valid, 'hello', 'mentor');
    const problems = await problemsOf({ [MODULE]: text });
    expect(pins(problems)).toEqual([`DialoguePlayerNotInCast ${valuePosition(MODULE, text, 'player: mentor')}`]);
    expect(problems[0]!.what).toBe('Dialogue "talk" has `player: mentor`, but the cast has no "mentor".');
  });

  it('DialoguePlayerSpeaks: the learner speaks only through choices', async () => {
    const text = dialogue(node('hello', choice('a', 'end') + choice('b', 'end'), '        lines:\n          - speaker: me\n            text: Hi.\n') + ending('end'));
    const problems = await problemsOf({ [MODULE]: text });
    expect(pins(problems)).toEqual([`DialoguePlayerSpeaks ${valuePosition(MODULE, text, 'speaker: me')}`]);
    expect(problems[0]!.why).toBe('the learner speaks only through their choices; a scripted line would put words in their mouth that they did not pick.');
  });
});
