/** Catalogue: the cast registry (cast.yaml), which gives every person in the dialogues one face. */
import { defineError, didYouMean, listOf } from './define-error.ts';

export const castErrors = {
  CastMemberNotInRegistry: defineError<{ name: string; member: string; dialogue: string; suggestion?: string }>({
    title: 'A person in a dialogue who is not in the cast registry',
    what: (p) =>
      `${p.name} (cast member "${p.member}" in dialogue "${p.dialogue}") is not in cast.yaml.${didYouMean(p.suggestion, '"')}`,
    why: 'the player draws every person from cast.yaml, so that one name keeps one face in every module; this person would have no face of their own.',
    fix: (p) =>
      p.suggestion
        ? `write the name as it is in cast.yaml ("${p.suggestion}"), or add ${p.name} to cast.yaml with a look and an \`alt\` sentence in every language.`
        : `add ${p.name} to cast.yaml with a look and an \`alt\` sentence in every language (copy an entry and change it).`,
  }),

  CastAltMissing: defineError<{ name: string; locale: string }>({
    title: 'A person in the cast registry without a description in one language',
    what: (p) => `${p.name} in cast.yaml has no \`alt\` text in ${p.locale}.`,
    why: 'screen-reader users meet each person through this sentence in the cast list; in this language it would be missing.',
    fix: (p) => `add \`${p.locale}:\` under \`alt\` of ${p.name}: one sentence on what the picture shows, in that language.`,
  }),

  CastPersonUnused: defineError<{ name: string; player: boolean }>({
    title: 'A person in the cast registry who speaks in no dialogue',
    severity: 'warning',
    what: (p) =>
      p.player
        ? `${p.name} in cast.yaml is only ever the character the learner plays, who is shown with a "you" marker instead of a face.`
        : `${p.name} in cast.yaml is in the cast of no dialogue.`,
    why: 'an entry nobody uses is work that no learner sees, and a misspelt name here usually means a dialogue misses its face.',
    fix: (p) => (p.player ? `remove ${p.name} from cast.yaml, or keep the entry for a dialogue in which ${p.name} speaks.` : `check the spelling against the dialogues' \`cast\` names, or remove ${p.name} from cast.yaml.`),
  }),

  CastColoursAlike: defineError<{ first: string; second: string; colour: string; dialogue: string; free: string[] }>({
    title: 'Two people in one dialogue with the same colour',
    severity: 'warning',
    what: (p) => `${p.first} and ${p.second} both have \`colour: ${p.colour}\` and speak in dialogue "${p.dialogue}".`,
    why: 'speech bubbles take the speaker\'s colour, so their lines would look alike in that conversation.',
    fix: (p) => `give ${p.second} another \`colour\`, one not used in that dialogue: ${listOf(p.free)}.`,
  }),
};
