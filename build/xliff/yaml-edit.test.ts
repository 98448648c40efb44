import { describe, expect, it } from 'vitest';
import { editTranslationYaml } from './yaml-edit.ts';

const FILE = `# Dutch texts.
title: Oude titel   # kept
summary: >-
  Een samenvatting
  over twee regels.
activities:
  intro:
    title: "Intro"
    lines:
      - een
      - twee
  quiz.items.a.accept: [x, y]
`;
const ORDER = ['title', 'summary', 'objectives.o.text', 'activities.intro.title', 'activities.intro.scene', 'activities.intro.lines.0', 'activities.intro.lines.1', 'activities.intro.lines.2', 'activities.quiz.items.a.accept'];

describe('editTranslationYaml', () => {
  it('replaces existing texts in place, keeping comments, quotes and folded style, and every other byte', () => {
    const edited = editTranslationYaml(FILE, new Map([['title', 'Nieuw: titel'], ['summary', 'Korter.'], ['activities.intro.lines.1', 'no']]), ORDER);
    expect(edited).toBe(FILE.replace('title: Oude titel   # kept', 'title: "Nieuw: titel"   # kept').replace('  Een samenvatting\n  over twee regels.', '  Korter.').replace('      - twee', '      - no'));
  });

  it('finds dotted keys as the loader reads them', () => {
    const edited = editTranslationYaml(FILE, new Map([['activities.quiz.items.a.accept', ['p', 'q']]]), ORDER);
    expect(edited).toContain('  quiz.items.a.accept: [p, q]\n');
  });

  it('adds a missing key where English has it, and a missing list item at the end of the list', () => {
    const edited = editTranslationYaml(FILE, new Map([['objectives.o.text', 'Doel'], ['activities.intro.scene', 'Scène'], ['activities.intro.lines.2', 'drie']]), ORDER);
    expect(edited).toContain('# Dutch texts.\ntitle: Oude titel # kept\n');
    expect(edited).toContain('summary: >-\n  Een samenvatting over twee regels.\nobjectives:\n  o:\n    text: Doel\nactivities:\n  intro:\n    title: "Intro"\n    scene: Scène\n    lines:\n      - een\n      - twee\n      - drie\n');
  });

  it('writes a new file nested in English order, with index keys as lists', () => {
    const edited = editTranslationYaml(undefined, new Map([['activities.intro.lines.1', 'L1'], ['activities.intro.lines.0', 'L0'], ['title', 'T']]), ORDER);
    expect(edited).toBe('title: T\nactivities:\n  intro:\n    lines:\n      - L0\n      - L1\n');
  });
});
