import { describe, expect, it } from 'vitest';
import type { ModuleData } from '../../course/schema/course-data.ts';
import { dialogueFigures, summariseDialogues } from './dialogue-figures.ts';
import { testDialogue } from './test-support/test-dialogue.ts';

const moduleWith = (...activities: ModuleData['activities']): ModuleData =>
  ({ id: 'm', title: 'M', summary: 'S', objectives: [], activities }) as unknown as ModuleData;

describe('dialogueFigures', () => {
  const d = testDialogue({
    start: [
      ['ask', 'good', 2, 'talk', 'Walk me through it, step by step.'],
      ['scold', 'poor', 0, 'closed', 'Again?'],
      ['fix', 'acceptable', 1, 'talk', 'Bake a new tray first.'],
    ],
    talk: [
      ['shrug', 'poor', 0, 'end', 'It was a long day for us all.'],
      ['plan', 'good', 2, 'end', 'What would help next time?'],
    ],
    end: [],
    closed: [],
  });
  const figures = dialogueFigures(moduleWith(d));

  it('describes every decision point: choices, where the best one stands and how long it is', () => {
    expect(figures.points.map((p) => [p.node, p.choices, p.best, p.bestFirst, p.bestLongest])).toEqual([
      ['start', 3, ['ask'], true, true],
      ['talk', 2, ['plan'], false, false],
    ]);
    expect(figures.points[0]!.bestText).toEqual({ path: ['activities', 0, 'nodes', 0, 'choices', 0, 'text'], key: 'activities.talk.nodes.start.choices.ask.text' });
  });

  it('finds points without consequence and poor choices that lead where the best one leads', () => {
    expect(figures.points.map((p) => p.hasConsequence)).toEqual([true, false]);
    expect(figures.points[1]!.poorRejoining).toEqual([{ choice: 'shrug', target: 'end', at: { path: ['activities', 0, 'nodes', 1, 'choices', 0, 'next'] } }]);
  });

  it('sums a module up, best choices against the others by mean length', () => {
    const s = summariseDialogues(figures);
    expect(s).toMatchObject({ points: 2, withThreeChoices: 1, bestFirst: 1, bestLongest: 1, withoutConsequence: 1, poorRejoining: 1, catchAllEndings: 1 });
    expect(s.meanBest).toBe((33 + 26) / 2);
    expect(s.meanOthers).toBe((6 + 22 + 29) / 3);
  });

  it('warns when a detour earns more than taking the best choice every time', () => {
    const detour = testDialogue({
      start: [['ask', 'good', 2, 'end'], ['wait', 'acceptable', 1, 'later']],
      later: [['plan', 'good', 2, 'end'], ['drop', 'poor', 0, 'end-2']],
      end: [],
      'end-2': [],
    });
    expect(dialogueFigures(moduleWith(detour)).outscored).toEqual([
      { dialogue: 'talk', at: { path: ['activities', 0, 'start'] }, bestPath: ['ask'], bestPathScore: 2, maxScore: 3 },
    ]);
  });
});
