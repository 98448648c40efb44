import { describe, expect, it } from 'vitest';
import { DialoguesSchema } from '../dashboard-api.ts';
import { project, voiding } from '../testing/statement-builder.ts';
import { threeMentors } from '../testing/three-mentors.ts';
import { dialogues } from './dialogues.ts';

describe('dialogue paths', () => {
  it('counts choices per decision point, paths, flows and endings over runs', () => {
    const { db } = project(threeMentors().statements);
    const [talk, ...others] = DialoguesSchema.parse(dialogues(db, {})).dialogues;
    expect(others).toEqual([]);
    // Runs: Ana good→ok→happy; Bo poor→sad, then (after an ending, a new run) good→ok→happy.
    expect(talk).toMatchObject({ moduleId: 'feedback', activityId: 'talk', learners: 2 });
    expect(talk!.decisions).toEqual([
      {
        nodeId: 'n1',
        total: 3,
        choices: [
          { choiceId: 'c-good', names: {}, quality: 'good', count: 2 },
          { choiceId: 'c-poor', names: {}, quality: 'poor', count: 1 },
        ],
      },
      { nodeId: 'n2', total: 2, choices: [{ choiceId: 'c2-ok', names: {}, quality: 'acceptable', count: 2 }] },
    ]);
    expect(talk!.paths).toEqual([
      { steps: ['c-good', 'c2-ok'], endingId: 'e-happy', count: 2 },
      { steps: ['c-poor'], endingId: 'e-sad', count: 1 },
    ]);
    expect(talk!.flows).toEqual([
      { from: 'c-good', to: 'n2', count: 2 },
      { from: 'c2-ok', to: 'e-happy', count: 2 },
      { from: 'c-poor', to: 'e-sad', count: 1 },
    ]);
    expect(talk!.endings).toEqual([
      { endingId: 'e-happy', outcome: 'positive', count: 2 },
      { endingId: 'e-sad', outcome: 'negative', count: 1 },
    ]);
  });

  it('starts a new run when a node comes round again, so an ending voided away leaves two runs', () => {
    const { statements, boSadEnding } = threeMentors();
    const { db, add, projector } = project(statements);
    add([voiding(boSadEnding)]);
    projector.catchUp();
    // Bo: poor (no ending now), then n1 again → a second run good→ok→happy.
    const [talk] = dialogues(db, { cohort: 'Spring', language: 'nl' }).dialogues;
    expect(talk!.paths).toEqual([
      { steps: ['c-good', 'c2-ok'], endingId: 'e-happy', count: 1 },
      { steps: ['c-poor'], endingId: null, count: 1 },
    ]);
    expect(talk!.endings).toEqual([{ endingId: 'e-happy', outcome: 'positive', count: 1 }]);
    expect(talk!.flows.find((f) => f.from === 'c-poor')).toBeUndefined();
  });
});
