import { describe, expect, it } from 'vitest';
import { contentError, wholeFile } from './content-error.ts';
import { formatErrors, summary } from './format-errors.ts';

const frame = ['   40 |         - id: ask-why', '   41 |           text: Why do you think that happened?', ' > 42 |           next: explain', '      |                 ^^^^^^^'].join('\n');
const targetMissing = contentError(
  'DialogueTargetMissing',
  { dialogue: 'first-talk', choice: 'ask-why', target: 'explain', nodes: ['greet', 'show-around', 'end-good'] },
  { file: 'modules/first-steps/module.yaml', line: 42, column: 17, frame },
);

describe('formatErrors', () => {
  it('renders name, place, what, why, fix and the code frame, then a count', () => {
    expect(formatErrors([targetMissing], { color: false })).toBe(
      [
        'error DialogueTargetMissing  modules/first-steps/module.yaml:42:17',
        '  Choice "ask-why" in dialogue "first-talk" leads to node "explain", which does not exist.',
        '  why: a learner who picks this choice would be stuck with nothing to read.',
        '  fix: add a node with id "explain", or point `next` at one of: greet, show-around, end-good.',
        frame,
        '',
        '1 error in 1 file; nothing was written.',
        '',
      ].join('\n'),
    );
  });

  it('prints a file without position for problems about a whole file, and counts warnings apart', () => {
    const missing = contentError('TranslatedPageMissing', { page: 'intro', locale: 'nl', file: 'modules/m/pages/intro.nl.md' }, wholeFile('modules/m/pages/intro.nl.md'));
    const notListed = contentError('ModuleNotListed', { module: 'draft' }, wholeFile('modules/draft/module.yaml'));
    const text = formatErrors([targetMissing, missing, notListed], { color: false });
    expect(text).toContain('error TranslatedPageMissing  modules/m/pages/intro.nl.md\n  Page "intro" has no "nl" translation');
    expect(text).toContain('warning ModuleNotListed  modules/draft/module.yaml\n');
    expect(text.trimEnd().split('\n').at(-1)).toBe('2 errors and 1 warning in 3 files; nothing was written.');
  });

  it('colours only when asked', () => {
    expect(formatErrors([targetMissing], { color: false })).not.toContain('\u001b[');
    const coloured = formatErrors([targetMissing], { color: true });
    expect(coloured).toContain('\u001b[31merror\u001b[0m');
    expect(coloured).toContain('\u001b[31m > 42 |           next: explain\u001b[0m');
  });

  it('says nothing was written only when there are errors', () => {
    expect(summary([contentError('ModuleNotListed', { module: 'draft' }, wholeFile('modules/draft/module.yaml'))])).toBe('1 warning in 1 file.');
    expect(summary([])).toBe('No problems found.');
  });
});
