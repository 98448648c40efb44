import { describe, expect, it } from 'vitest';
import { DialoguesSchema } from '../../../../analytics/dashboard-api.ts';
import { dialogues } from '../../test-support/analytics-fixtures.ts';
import { DEFAULT_GEOMETRY, flowEdges, layoutFlow } from './flow-layout.ts';

const dialogue = dialogues.dialogues[0]!;

describe('layoutFlow', () => {
  it('puts each step in its own column, left to right, and every ending in the last', () => {
    const layout = layoutFlow(dialogue);
    const column = Object.fromEntries(layout.vertices.map((v) => [v.id, v.column]));
    expect(column).toMatchObject({ start: 0, 'look-together': 1, 'praise-generic': 1, 'start-with-offcuts': 1, walkthrough: 2, 'generic-praise': 2, 'name-the-labels': 3, 'learner-owns-it': 4, 'mentor-does-it': 4, defensive: 4 });
    expect(layout.vertices.find((v) => v.id === 'defensive')!.kind).toBe('ending');
    expect(layout.columns).toBe(5);
    expect(layout.width).toBe(4 * DEFAULT_GEOMETRY.columnWidth + DEFAULT_GEOMETRY.boxWidth + DEFAULT_GEOMETRY.labelRoom);
  });

  it('makes boxes as tall and bands as wide as the runs through them, on one scale', () => {
    const layout = layoutFlow(dialogue);
    const box = (id: string) => layout.vertices.find((v) => v.id === id)!;
    expect(box('start').runs).toBe(88);
    expect(box('look-together').height / box('start-with-offcuts').height).toBeCloseTo(51 / 13, 5);
    const band = (from: string, to: string) => layout.bands.find((b) => b.from === from && b.to === to)!;
    expect(band('start', 'look-together').width / band('start', 'praise-generic').width).toBeCloseTo(51 / 24, 5);
    for (const v of layout.vertices) expect(v.y + v.height).toBeLessThanOrEqual(layout.height + 0.001);
  });

  it('keeps the boxes of a column apart by at least a line of label text', () => {
    const layout = layoutFlow(dialogue);
    for (let c = 0; c < layout.columns; c++) {
      const col = layout.vertices.filter((v) => v.column === c).sort((a, b) => a.y - b.y);
      for (let i = 1; i < col.length; i++) expect(col[i]!.y - (col[i - 1]!.y + col[i - 1]!.height)).toBeGreaterThanOrEqual(DEFAULT_GEOMETRY.gap - 0.001);
    }
  });

  it('adds the step from a decision to its choices when the flows start at the choices', () => {
    const choiceFlows = DialoguesSchema.shape.dialogues.element.parse({
      ...dialogue,
      flows: dialogue.flows.filter((flow) => !dialogue.decisions.some((d) => d.nodeId === flow.from)),
    });
    const edges = flowEdges(choiceFlows);
    expect(edges).toContainEqual({ from: 'start', to: 'look-together', count: 51 });
    expect(edges).toContainEqual({ from: 'walkthrough', to: 'fix-it-yourself', count: 13 });
    expect(layoutFlow(choiceFlows).columns).toBe(5);
  });

  it('leaves a loop back out of the drawing and reports it', () => {
    const looping = { ...dialogue, flows: [...dialogue.flows, { from: 'defensive', to: 'start', count: 4 }] };
    const layout = layoutFlow(looping);
    expect(layout.loops).toEqual([{ from: 'defensive', to: 'start', count: 4 }]);
    expect(layout.bands.some((b) => b.from === 'defensive' && b.to === 'start')).toBe(false);
    expect(layout.columns).toBe(5);
  });

  it('draws nothing for a dialogue without flows', () => {
    const layout = layoutFlow({ ...dialogue, flows: [], decisions: [] });
    expect(layout).toMatchObject({ columns: 0, vertices: [], bands: [] });
  });
});
