import { describe, expect, it } from 'vitest';
import { applyCourseTranslation, applyTranslation, extractCourseTexts, extractTexts, LIST_FIELDS, listTexts, moduleTexts } from './translatable.ts';

const module = {
  id: 'm',
  title: 'A module',
  summary: 'Summary',
  objectives: [{ id: 'listen', text: 'Listen.', competences: ['listening'] }],
  facilitator: {
    minutes: 30,
    questions: ['Q1?', 'Q2?'],
    watchFor: ['W1'],
    sessionPlan: [{ minutes: 10, step: 'Welcome.' }, { minutes: 20, step: 'Role play.' }],
    sources: [{ title: 'Udir: Instruktør', url: 'https://www.udir.no/instruktor' }],
  },
  activities: [
    { id: 'intro', type: 'page', title: 'Intro' },
    {
      id: 'talk', type: 'dialogue', title: 'Talk', scene: 'A shop.', player: 'me', start: 'a',
      cast: [{ id: 'me', name: 'Me', role: 'mentor' }, { id: 'ann', name: 'Ann', role: 'apprentice', description: 'New.' }],
      nodes: [
        { id: 'a', lines: [{ speaker: 'ann', text: 'Hi.' }], choices: [{ id: 'ask', text: 'Why?', quality: 'good', score: 1, feedback: 'Good.', next: 'end' }] },
        { id: 'end', lines: [], ending: { outcome: 'positive', title: 'Done', debrief: 'Well done.' } },
      ],
    },
    {
      id: 'check', type: 'quiz', title: 'Check', passMark: 80,
      items: [
        { id: 'pick', kind: 'single-choice', prompt: 'Which?', options: [{ id: 'x', text: 'X' }], correct: 'x', feedback: { correct: 'Yes.', incorrect: 'No.' } },
        { id: 'word', kind: 'fill-in', prompt: 'Word?', accept: ['see', 'observe'], feedback: { correct: 'Yes.', incorrect: 'No.' } },
        { id: 'match', kind: 'matching', prompt: 'Match.', pairs: [{ id: 'p', prompt: 'P', match: 'M' }], feedback: { correct: 'Y', incorrect: 'N' } },
      ],
    },
    { id: 'cert', type: 'certificate', title: 'Cert', heading: 'H', statement: 'S', issuer: 'I' },
  ],
};

describe('translatable texts', () => {
  it('extracts every text by id path, with indexes only where entries have no id', () => {
    expect([...extractTexts(module).keys()]).toEqual([
      'title', 'summary', 'objectives.listen.text', 'facilitator.questions.0', 'facilitator.questions.1', 'facilitator.watchFor.0',
      'facilitator.sessionPlan.0.step', 'facilitator.sessionPlan.1.step',
      'activities.intro.title',
      'activities.talk.title', 'activities.talk.scene', 'activities.talk.cast.me.name', 'activities.talk.cast.ann.name', 'activities.talk.cast.ann.description',
      'activities.talk.nodes.a.lines.0', 'activities.talk.nodes.a.choices.ask.text', 'activities.talk.nodes.a.choices.ask.feedback',
      'activities.talk.nodes.end.ending.title', 'activities.talk.nodes.end.ending.debrief',
      'activities.check.title',
      'activities.check.items.pick.prompt', 'activities.check.items.pick.feedback.correct', 'activities.check.items.pick.feedback.incorrect', 'activities.check.items.pick.options.x.text',
      'activities.check.items.word.prompt', 'activities.check.items.word.feedback.correct', 'activities.check.items.word.feedback.incorrect', 'activities.check.items.word.accept',
      'activities.check.items.match.prompt', 'activities.check.items.match.feedback.correct', 'activities.check.items.match.feedback.incorrect',
      'activities.check.items.match.pairs.p.prompt', 'activities.check.items.match.pairs.p.match',
      'activities.cert.title', 'activities.cert.heading', 'activities.cert.statement', 'activities.cert.issuer',
    ]);
    expect(extractTexts(module).get('activities.talk.nodes.a.lines.0')).toBe('Hi.');
    expect(extractTexts(module).get('activities.check.items.word.accept')).toEqual(['see', 'observe']);
  });

  it('never extracts structure: ids, speakers, targets, scores or correct answers', () => {
    const values = [...extractTexts(module).values()].flat();
    for (const structural of ['m', 'ann', 'end', 'good', 'x', 'mentor', 'positive']) expect(values).not.toContain(structural);
  });

  it('translates session plan steps by index and keeps sources as published', () => {
    expect(extractTexts(module).get('facilitator.sessionPlan.1.step')).toBe('Role play.');
    const values = [...extractTexts(module).values()].flat();
    expect(values).not.toContain('Udir: Instruktør');
    expect(values).not.toContain('https://www.udir.no/instruktor');
    const translated = applyTranslation(module, new Map([['facilitator.sessionPlan.0.step', 'Welkom.']]));
    expect(translated.facilitator.sessionPlan).toEqual([{ minutes: 10, step: 'Welkom.' }, { minutes: 20, step: 'Role play.' }]);
    expect(translated.facilitator.sources).toEqual(module.facilitator.sources);
  });

  it('applies a translation to text only, leaving the original untouched', () => {
    const translated = applyTranslation(module, new Map<string, string | string[]>([
      ['title', 'Een module'],
      ['activities.talk.nodes.a.lines.0', 'Hallo.'],
      ['activities.talk.nodes.a.choices.ask.text', 'Waarom?'],
      ['activities.check.items.word.accept', ['zien', 'waarnemen', 'observeren']],
      ['activities.check.items.pick.options.x.text', 'Iks'],
    ]));
    expect(translated.title).toBe('Een module');
    expect(translated.activities[1]).toMatchObject({ nodes: [{ lines: [{ speaker: 'ann', text: 'Hallo.' }], choices: [{ text: 'Waarom?', next: 'end', score: 1 }] }, {}] });
    expect(translated.activities[2]).toMatchObject({ items: [{ options: [{ id: 'x', text: 'Iks' }], correct: 'x' }, { accept: ['zien', 'waarnemen', 'observeren'] }, {}] });
    expect(module.title).toBe('A module');
    expect(translated.activities[0]).toEqual(module.activities[0]);
  });

  it('ignores a translation of the wrong shape', () => {
    const translated = applyTranslation(module, new Map<string, string | string[]>([['activities.check.items.word.accept', 'zien'], ['title', ['x']]]));
    expect(translated).toEqual(module);
  });

  it('carries label limits with the texts they apply to', () => {
    const limits = Object.fromEntries(listTexts(moduleTexts, module).map((e) => [e.key, e.limit]));
    expect(limits['activities.talk.title']).toBe(80);
    expect(limits['activities.talk.nodes.a.choices.ask.text']).toBe(200);
    expect(limits['activities.check.items.pick.options.x.text']).toBe(160);
    expect(limits['activities.talk.nodes.a.choices.ask.feedback']).toBeUndefined();
  });

  it('knows which fields are lists of texts', () => {
    expect([...LIST_FIELDS]).toEqual(['accept']);
  });

  it('extracts and applies course-level texts', () => {
    const course = { id: 'c', title: 'Course', description: 'D', competences: [{ id: 'listening', title: 'Listening' }] };
    expect([...extractCourseTexts(course)]).toEqual([['title', 'Course'], ['description', 'D'], ['competences.listening.title', 'Listening']]);
    expect(applyCourseTranslation(course, new Map([['competences.listening.title', 'Luisteren']])).competences[0]!.title).toBe('Luisteren');
  });
});
