import { describe, expect, it } from 'vitest';
import { htmlToSentenceText, readingLevel } from './reading-level.ts';

describe('readingLevel', () => {
  it('computes LIX as words per sentence plus the percentage of words over six letters', () => {
    // 2 sentences, 10 words, 3 long words ("apprentice", "question", "Mentoring"): 5 + 30 = 35
    const r = readingLevel('The apprentice asks a question. Mentoring takes a little time.');
    expect(r).toEqual({ words: 10, sentences: 2, longWords: 3, wordsPerSentence: 5, lix: 35 });
  });

  it('counts letters of any script and keeps compound words with hyphens whole', () => {
    const r = readingLevel('Lærlingen får tilbakemelding. Opplæringskontoret og arbeidsplassen samarbeider.');
    expect(r.words).toBe(7);
    expect(r.longWords).toBe(5);
    expect(readingLevel('Een werkplek-mentor helpt.').words).toBe(3);
  });

  it('treats the ends of paragraphs and list items as sentence ends', () => {
    const text = htmlToSentenceText('<h3>Start</h3><ul><li>Show the task</li><li>Let them try</li></ul>');
    expect(readingLevel(text).sentences).toBe(3);
  });
});
