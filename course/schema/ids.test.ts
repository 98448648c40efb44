import { describe, expect, it } from 'vitest';
import { IdSchema, LocaleSchema, TextSchema } from './ids.ts';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((i) => i.message) ?? [];

describe('IdSchema', () => {
  it('accepts kebab-case ids', () => {
    for (const id of ['intro', 'first-weeks', 'q1', 'step-2-check']) expect(IdSchema.safeParse(id).success).toBe(true);
  });

  it('rejects ids an LMS could choke on, with a message that reads after the value', () => {
    for (const id of ['Intro', 'first weeks', 'first--weeks', '-intro', 'intro-', 'über', 'a_b', '']) {
      expect(messages(IdSchema.safeParse(id))).toContain('is not kebab-case (lower-case letters, digits and single hyphens)');
    }
    expect(messages(IdSchema.safeParse('a'.repeat(65)))).toEqual(['is longer than 64 characters']);
  });
});

describe('TextSchema', () => {
  it('trims and rejects text that is only whitespace', () => {
    expect(TextSchema.parse('  Hello \n')).toBe('Hello');
    expect(messages(TextSchema.safeParse(' \n '))).toEqual(['is empty']);
  });
});

describe('LocaleSchema', () => {
  it('takes any language the language database knows, in its canonical short form', () => {
    for (const tag of ['en', 'nl', 'nb', 'de', 'pt-BR', 'ar']) expect(LocaleSchema.safeParse(tag).success, tag).toBe(true);
    for (const tag of ['xx', 'dut', 'en_GB', '']) expect(LocaleSchema.safeParse(tag).success, tag).toBe(false);
  });
});
