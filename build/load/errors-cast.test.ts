/** The cast registry (cast.yaml): its checks pinned by name, position and wording, and the looks it gives the built dialogues. */
import { afterAll, describe, expect, it } from 'vitest';
import type { DialogueData } from '../../course/schema/course-data.ts';
import { formatErrors } from '../errors/format-errors.ts';
import { loadTiny, pins, positionOf, problemsOf, removeTempCourses, tinyModule, valuePosition } from './test-support/tiny-course.ts';

afterAll(removeTempCourses);

const MODULE = 'modules/m/module.yaml';
const CAST = 'cast.yaml';

/** A dialogue `talk` in which the learner plays Me, with Ann and, optionally, more people. */
const dialogue = (others: { id: string; name: string }[] = [{ id: 'ann', name: 'Ann' }]): string =>
  tinyModule(`  - id: talk
    type: dialogue
    title: A talk
    scene: A shop on a Monday.
    cast:
      - id: me
        name: Me
        role: mentor
${others.map((o) => `      - id: ${o.id}\n        name: ${o.name}\n        role: apprentice\n`).join('')}    player: me
    start: hello
    nodes:
      - id: hello
        lines:
${others.map((o) => `          - speaker: ${o.id}\n            text: Hi.\n`).join('')}        choices:
          - id: greet
            text: Hello.
            quality: good
            score: 1
            feedback: Because.
            next: end
          - id: wave
            text: A wave.
            quality: poor
            score: 0
            feedback: Because not.
            next: end
      - id: end
        ending:
          outcome: positive
          title: Done
          debrief: It went well.
`);

const person = (name: string, colour = 'teal', extra = ''): string => `${name}:
  skin: medium
  hair: curly
  outfit: overalls
  colour: ${colour}
${extra}  alt:
    en: A young woman with black curls, in ${colour} overalls.
`;

describe('loader: the cast registry', () => {
  it('gives every speaking cast member their look and alt text; the learner\'s part gets none', async () => {
    const result = await loadTiny({ [MODULE]: dialogue(), [CAST]: person('Ann') });
    expect(result.ok && result.course.warnings).toEqual([]);
    if (!result.ok) return;
    const talk = result.course.data.en!.modules[0]!.activities.find((a): a is DialogueData => a.type === 'dialogue')!;
    expect(talk.cast.find((m) => m.id === 'me')!.look).toBeUndefined();
    expect(talk.cast.find((m) => m.id === 'ann')!.look).toEqual({
      skin: 'medium',
      face: 'oval',
      hair: 'curly',
      hairColour: 'dark-brown',
      facialHair: 'none',
      glasses: 'none',
      headwear: 'none',
      earrings: false,
      age: 'adult',
      outfit: 'overalls',
      colour: 'teal',
      alt: 'A young woman with black curls, in teal overalls.',
    });
  });

  it('is optional: without cast.yaml the dialogues load and carry no looks', async () => {
    const result = await loadTiny({ [MODULE]: dialogue() });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const talk = result.course.data.en!.modules[0]!.activities.find((a): a is DialogueData => a.type === 'dialogue')!;
    expect(talk.cast.every((m) => m.look === undefined)).toBe(true);
  });

  it('CastMemberNotInRegistry: points at the name in the dialogue, with the registry name it probably meant (not also called unused)', async () => {
    const text = dialogue([{ id: 'ann', name: 'Anne' }, { id: 'bo', name: 'Bo' }]);
    const cast = person('Ann') + person('Cas', 'red');
    const problems = await problemsOf({ [MODULE]: text, [CAST]: cast });
    expect(pins(problems)).toEqual([
      `CastMemberNotInRegistry ${valuePosition(MODULE, text, 'name: Anne')}`,
      `CastMemberNotInRegistry ${valuePosition(MODULE, text, 'name: Bo')}`,
      `CastPersonUnused ${positionOf(CAST, cast, 'Cas:')}`,
    ]);
    expect(formatErrors(problems.slice(0, 1), { color: false }).split('\n').slice(0, 4)).toEqual([
      `error CastMemberNotInRegistry  ${valuePosition(MODULE, text, 'name: Anne')}`,
      '  Anne (cast member "ann" in dialogue "talk") is not in cast.yaml. Did you mean "Ann"?',
      '  why: the player draws every person from cast.yaml, so that one name keeps one face in every module; this person would have no face of their own.',
      '  fix: write the name as it is in cast.yaml ("Ann"), or add Anne to cast.yaml with a look and an `alt` sentence in every language.',
    ]);
    expect(problems[1]!.fix).toBe('add Bo to cast.yaml with a look and an `alt` sentence in every language (copy an entry and change it).');
  });

  it('CastAltMissing: every person needs a sentence in every course language', async () => {
    const cast = 'Ann:\n  skin: dark\n  hair: afro\n  outfit: polo\n  colour: red\n  alt:\n    nl: Een jonge vrouw met een afro.\n';
    const problems = await problemsOf({ [MODULE]: dialogue(), [CAST]: cast });
    expect(pins(problems)).toEqual([`CastAltMissing ${positionOf(CAST, cast, 'alt:')}`]);
    expect(problems[0]!.what).toBe('Ann in cast.yaml has no `alt` text in en.');
  });

  it('reports schema mistakes in cast.yaml where they are, named by the person', async () => {
    const cast = person('Ann', 'teal', '  hairColor: grey\n  glasses: yes\n');
    const problems = await problemsOf({ [MODULE]: dialogue(), [CAST]: cast });
    expect(pins(problems)).toEqual([`UnknownField ${positionOf(CAST, cast, 'hairColor')}`, `InvalidValue ${valuePosition(CAST, cast, 'glasses: yes')}`]);
    expect(problems[0]!.what).toBe('`Ann` in the cast registry has a field `hairColor` that is not allowed here. Did you mean `hairColour`?');
  });

  it('CastPersonUnused (warning): an entry no dialogue uses, and one only ever played by the learner', async () => {
    const cast = person('Ann') + person('Me', 'red') + person('Zoe', 'blue');
    const result = await loadTiny({ [MODULE]: dialogue(), [CAST]: cast });
    expect(result.ok).toBe(true);
    const warnings = result.ok ? result.course.warnings : [];
    expect(pins(warnings)).toEqual([`CastPersonUnused ${positionOf(CAST, cast, 'Me:')}`, `CastPersonUnused ${positionOf(CAST, cast, 'Zoe:')}`]);
    expect(warnings[0]!.what).toBe('Me in cast.yaml is only ever the character the learner plays, who is shown with a "you" marker instead of a face.');
    expect(warnings[1]!.what).toBe('Zoe in cast.yaml is in the cast of no dialogue.');
  });

  it('CastColoursAlike (warning): two people of one dialogue with the same colour', async () => {
    const cast = person('Ann') + person('Bo', 'teal');
    const result = await loadTiny({ [MODULE]: dialogue([{ id: 'ann', name: 'Ann' }, { id: 'bo', name: 'Bo' }]), [CAST]: cast });
    expect(result.ok).toBe(true);
    const warnings = result.ok ? result.course.warnings : [];
    expect(pins(warnings)).toEqual([`CastColoursAlike ${valuePosition(CAST, cast, 'colour: teal', 2)}`]);
    expect(warnings[0]!.what).toBe('Ann and Bo both have `colour: teal` and speak in dialogue "talk".');
    expect(warnings[0]!.fix).toBe('give Bo another `colour`, one not used in that dialogue: blue, green, olive, ochre, orange, red, plum, purple, navy, slate and 1 more.');
  });
});
