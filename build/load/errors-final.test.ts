/** Loader errors of the final assessment and stratified quizzes, pinned by name, position and wording. */
import { afterAll, describe, expect, it } from 'vitest';
import { loadTiny, pins, problemsOf, removeTempCourses, TINY_COURSE, tinyModule, valuePosition } from './test-support/tiny-course.ts';

afterAll(removeTempCourses);

const MODULE = 'modules/m/module.yaml';
const COURSE = 'course.yaml';
const feedback = '        feedback:\n          correct: Yes.\n          incorrect: No.\n';
const item = (id: string, extra = ''): string => `      - id: ${id}\n        kind: true-false\n        prompt: True?\n        correct: true\n${extra}${feedback}`;

/** The tiny course with a second module `n`, and `final` lines appended to course.yaml. */
const course = (final = ''): string => TINY_COURSE.replace('  - m\n', '  - m\n  - n\n') + final;
const moduleN = tinyModule().replace('id: m\n', 'id: n\n');
const quiz = (settings: string, items: string): string =>
  tinyModule(`  - id: exam
    type: quiz
    title: Exam
    passMark: 80
${settings}    items:
${items}`);
const files = (moduleM: string, final = '') => ({ [COURSE]: course(final), [MODULE]: moduleM, 'modules/n/module.yaml': moduleN, 'modules/n/pages/intro.md': '# Intro\n\nHi.\n' });

describe('loader: stratified quizzes and the final assessment', () => {
  it('accepts a stratified summary quiz named as the final assessment, and fills in each item\'s competence', async () => {
    const text = quiz('    draw: 2\n    stratify: module\n    feedback: summary\n', item('a', '        module: m\n') + item('b', '        module: n\n'));
    const result = await loadTiny(files(text, 'finalAssessment:\n  activity: m/exam\n  attempts: 3\n  reset: facilitator\n'));
    expect(result.ok ? [] : pins(result.errors)).toEqual([]);
    if (!result.ok) return;
    expect(result.course.data.en!.finalAssessment).toEqual({ activity: 'm/exam', attempts: 3, retryAfterHours: 24, reset: 'facilitator', opensAfter: 'modules' });
    const exam = result.course.data.en!.modules[0]!.activities.find((a) => a.id === 'exam');
    expect(exam?.type === 'quiz' && exam.items.map((i) => i.competence)).toEqual(['listening', 'listening']);
  });

  it('QuizItemModuleUnknown: an item names a module the course does not list', async () => {
    const text = quiz('', item('a', '        module: nn\n'));
    const problems = await problemsOf(files(text));
    expect(pins(problems)).toEqual([`QuizItemModuleUnknown ${valuePosition(MODULE, text, 'module: nn')}`]);
    expect(problems[0]!.what).toBe('Item "a" in quiz "exam" has `module: nn`, but the course has no module "nn". Did you mean "n"?');
  });

  it('QuizItemCompetenceUnknown: an item names a competence the course does not have', async () => {
    const text = quiz('', item('a', '        competence: listenin\n'));
    const problems = await problemsOf(files(text));
    expect(pins(problems)).toEqual([`QuizItemCompetenceUnknown ${valuePosition(MODULE, text, 'competence: listenin')}`]);
    expect(problems[0]!.fix).toBe("use one of: listening, or leave `competence` out to use the first competence of the item's module.");
  });

  it('QuizItemModuleMissing: every item of a stratified quiz names its module', async () => {
    const text = quiz('    stratify: module\n', item('a', '        module: m\n') + item('b'));
    const problems = await problemsOf(files(text));
    expect(pins(problems)).toEqual([`QuizItemModuleMissing ${valuePosition(MODULE, text, 'id: b')}`]);
  });

  it('QuizDrawBelowModules: a stratified draw takes at least one item per module', async () => {
    const text = quiz('    draw: 1\n    stratify: module\n', item('a', '        module: m\n') + item('b', '        module: n\n'));
    const problems = await problemsOf(files(text));
    expect(pins(problems)).toEqual([`QuizDrawBelowModules ${valuePosition(MODULE, text, 'draw: 1')}`]);
    expect(problems[0]!.what).toBe('Quiz "exam" draws 1 items with `stratify: module`, but its items come from 2 modules (m, n).');
  });

  it('FinalAssessmentNotFound: the final names an activity no module has', async () => {
    const final = 'finalAssessment:\n  activity: m/exma\n';
    const problems = await problemsOf(files(quiz('', item('a')), final));
    expect(pins(problems)).toEqual([`FinalAssessmentNotFound ${valuePosition(COURSE, course(final), 'activity: m/exma')}`]);
    expect(problems[0]!.what).toBe('`finalAssessment.activity` is "m/exma", but no module in course.yaml has that activity. Did you mean "m/exam"?');
  });

  it('FinalAssessmentNotAQuiz: the final must be a quiz', async () => {
    const final = 'finalAssessment:\n  activity: m/intro\n';
    const problems = await problemsOf(files(quiz('', item('a')), final));
    expect(pins(problems)).toEqual([`FinalAssessmentNotAQuiz ${valuePosition(COURSE, course(final), 'activity: m/intro')}`]);
    expect(problems[0]!.what).toBe('`finalAssessment.activity` is "m/intro", which is a page, not a quiz.');
  });

  it('FinalAssessmentQuizAttempts: the final leaves its attempts to course.yaml', async () => {
    const final = 'finalAssessment:\n  activity: m/exam\n  attempts: 3\n';
    const problems = await problemsOf(files(quiz('    attempts: 2\n', item('a')), final));
    expect(pins(problems)).toEqual([`FinalAssessmentQuizAttempts ${valuePosition(COURSE, course(final), 'activity: m/exam')}`]);
  });

  it('refuses a final that is not <module-id>/<activity-id>, and unknown policy values, once each', async () => {
    const final = 'finalAssessment:\n  activity: m/Exam\n  reset: trainer\n';
    const problems = await problemsOf(files(quiz('', item('a')), final));
    expect(problems.map((p) => p.name)).toEqual(['InvalidValue', 'InvalidValue']);
  });
});
