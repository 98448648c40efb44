/**
 * The facilitator's exports of a played session: the CSV (every vote and wall entry, safe to
 * open in a spreadsheet) and the printable summary (a section per decision point, aggregate
 * only, every text escaped), in each of the course's languages.
 */
import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { ModuleData } from '../../course/schema/course-data.ts';
import { escapeText } from '../register/html.ts';
import { XSS_CORPUS } from '../register/xss-corpus.test-support.ts';
import { liveModule, play, withParticipants } from './live-module.test-support.ts';
import { SESSION_CSV_HEADER, sessionCsv, summaryPage } from './live-export.ts';
import type { CommandInput } from './session-commands.ts';
import { type LiveSession, WallTextSchema } from './session-schema.ts';
import { SUMMARY_CSP } from './summary-page.ts';
import { type SummaryWords, SummaryWordsSchema, summaryWords } from './summary-words.ts';

const choose = (participantId: string, choiceId: string): CommandInput => ({ type: 'vote', participantId, choice: { kind: 'choice', choiceId } });
const pick = (participantId: string, optionId: string): CommandInput => ({ type: 'vote', participantId, choice: { kind: 'option', optionId } });
const tick = (participantId: string, ...optionIds: string[]): CommandInput => ({ type: 'vote', participantId, choice: { kind: 'options', optionIds } });

/**
 * A whole session: the dialogue decided twice at its start (a re-vote, the tie followed), left
 * by `back` at the second decision, then followed to an ending by the facilitator's choice; the
 * single-choice item re-voted after holding its answer back; the multiple-response item; four
 * wall entries (two shown, one hidden, one pending) on the first prompt, none on the second.
 */
function playedSession(names = ['Ann', 'Bo', 'Cy']) {
  const { state, ids, context } = withParticipants(names);
  const [a, b, c] = names.map((name) => ids[name]!) as [string, string, string];
  let { state: played } = play(
    state,
    context,
    ...[{ type: 'start' }, choose(a, 'tell'), choose(b, 'tell'), choose(c, 'ask'), { type: 'reveal' }, { type: 'revote' }] satisfies CommandInput[],
    ...[choose(a, 'ask'), choose(b, 'tell'), { type: 'reveal' }, { type: 'follow' }, choose(b, 'later'), { type: 'back' }] satisfies CommandInput[],
    ...[choose(a, 'tell'), { type: 'reveal' }, { type: 'follow', choiceId: 'tell' }, { type: 'next' }] satisfies CommandInput[],
    ...[pick(a, 'b'), pick(b, 'a'), { type: 'reveal', withholdAnswer: true }, { type: 'revote' }, pick(a, 'b'), pick(b, 'b'), { type: 'reveal' }, { type: 'next' }] satisfies CommandInput[],
    ...[tick(a, 'c', 'a'), tick(c, 'a'), { type: 'reveal' }, { type: 'next' }] satisfies CommandInput[],
    ...[
      { type: 'submit', participantId: a, text: 'I said it,\n"right away".' },
      { type: 'submit', participantId: b, text: '=1+1' },
      { type: 'submit', participantId: c, text: 'Hidden one' },
      { type: 'submit', participantId: c, text: 'Pending one' },
    ] satisfies CommandInput[],
  );
  const [first, second, third] = played.wall.map((entry) => entry.id);
  played = play(
    played,
    context,
    { type: 'moderate', entryId: first!, state: 'shown' },
    { type: 'moderate', entryId: second!, state: 'shown' },
    { type: 'moderate', entryId: third!, state: 'hidden' },
    { type: 'next' },
    { type: 'end' },
  ).state;
  return { state: played, ids, context };
}

function csvRows(state: LiveSession, module: ModuleData = liveModule): string[][] {
  const csv = sessionCsv(state, module);
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return parse(csv.slice(1), { relax_column_count: false }) as string[][];
}

/** A row as { column: cell }, for reading one column by its name. */
const byColumn = (row: string[]) => Object.fromEntries(SESSION_CSV_HEADER.map((column, i) => [column, row[i]]));

describe('sessionCsv', () => {
  it('has a row per vote of every decision, in order, then a row per wall entry', () => {
    const { state } = playedSession();
    const [header, ...rows] = csvRows(state);
    expect(header).toEqual([...SESSION_CSV_HEADER]);
    expect(rows.map((row) => byColumn(row)).map((row) => [row.Kind, row.Step, row.Decision, row.Round, row.Participant, row.Answer, row.Correct, row['Left by']])).toEqual([
      ['vote', '1', 'start', '1', 'Ann', 'Third time this week.', '', 'follow'],
      ['vote', '1', 'start', '1', 'Bo', 'Third time this week.', '', 'follow'],
      ['vote', '1', 'start', '1', 'Cy', 'What happened?', '', 'follow'],
      ['vote', '1', 'start', '2', 'Ann', 'What happened?', '', 'follow'],
      ['vote', '1', 'start', '2', 'Bo', 'Third time this week.', '', 'follow'],
      ['vote', '1', 'listen', '1', 'Bo', 'Let us talk later.', '', 'back'],
      ['vote', '1', 'start', '1', 'Ann', 'Third time this week.', '', 'follow'],
      ['vote', '2', 'q-single', '1', 'Ann', 'B', 'yes', 'next'],
      ['vote', '2', 'q-single', '1', 'Bo', 'A', 'no', 'next'],
      ['vote', '2', 'q-single', '2', 'Ann', 'B', 'yes', 'next'],
      ['vote', '2', 'q-single', '2', 'Bo', 'B', 'yes', 'next'],
      ['vote', '3', 'q-multi', '1', 'Ann', 'A; C', 'yes', 'next'],
      ['vote', '3', 'q-multi', '1', 'Cy', 'A', 'no', 'next'],
      ['wall', '4', 'p-moment', '', '', 'I said it,\n"right away".', '', ''],
      ['wall', '4', 'p-moment', '', '', "'=1+1", '', ''],
      ['wall', '4', 'p-moment', '', '', 'Hidden one', '', ''],
      ['wall', '4', 'p-moment', '', '', 'Pending one', '', ''],
    ]);
  });

  it('names the activity, the question, what the room followed and when each vote came', () => {
    const { state } = playedSession();
    const rows = csvRows(state).slice(1).map(byColumn);
    expect(rows[0]).toEqual({
      Kind: 'vote',
      Step: '1',
      Activity: 'Late again',
      Decision: 'start',
      Question: 'Sorry, the bus was late.',
      Round: '1',
      Participant: 'Ann',
      Answer: 'Third time this week.',
      Correct: '',
      'Left by': 'follow',
      'Followed choice': 'What happened?',
      'Chosen by': 'majority',
      'Wall state': '',
      At: state.log[0]!.rounds[0]!.votes[0]!.at,
    });
    expect(rows[5]).toMatchObject({ Question: 'My little brother was ill.', 'Followed choice': '', 'Chosen by': '' });
    expect(rows[6]).toMatchObject({ 'Followed choice': 'Third time this week.', 'Chosen by': 'facilitator' });
    expect(rows[7]).toMatchObject({ Activity: 'Check', Question: 'Which comes first?' });
    expect(rows.slice(-4).map((row) => [row.Activity, row.Question, row['Wall state'], row.Participant])).toEqual([
      ['Looking back', 'A moment you gave feedback.', 'shown', ''],
      ['Looking back', 'A moment you gave feedback.', 'shown', ''],
      ['Looking back', 'A moment you gave feedback.', 'hidden', ''],
      ['Looking back', 'A moment you gave feedback.', 'pending', ''],
    ]);
    expect(rows.at(-1)!.At).toBe(state.wall.at(-1)!.at);
  });

  it('lists the decision still on screen, with nothing under how it was left', () => {
    const { state, ids, context } = withParticipants(['Ann']);
    const open = play(state, context, { type: 'start' }, choose(ids.Ann!, 'ask')).state;
    const rows = csvRows(open).slice(1).map(byColumn);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ Decision: 'start', Answer: 'What happened?', 'Left by': '', 'Followed choice': '' });
  });

  it('keeps hostile names and answers as inert text: no live formula, the characters kept', () => {
    const hostile = ['=HYPERLINK("http://evil.example","x")', '<script>alert(1)</script>', '@SUM(1+1)'];
    const { state } = playedSession(hostile);
    const rows = csvRows(state).slice(1).map(byColumn);
    for (const cell of rows.flatMap((row) => Object.values(row))) expect(cell, 'a cell a spreadsheet would evaluate').not.toMatch(/^[=+\-@\t\r]/);
    expect(new Set(rows.filter((row) => row.Kind === 'vote').map((row) => row.Participant))).toEqual(
      new Set([`'=HYPERLINK("http://evil.example","x")`, '<script>alert(1)</script>', "'@SUM(1+1)"]),
    );
    // The wall stays anonymous in the CSV too: no name is on a wall row.
    expect(rows.filter((row) => row.Kind === 'wall').every((row) => row.Participant === '')).toBe(true);
  });

  it('shows ids where a changed module no longer has the words, rather than dropping the votes', () => {
    const { state } = playedSession();
    const changed: ModuleData = { ...liveModule, activities: liveModule.activities.filter((activity) => activity.type !== 'quiz') };
    const rows = csvRows(state, changed).slice(1).map(byColumn);
    expect(rows.filter((row) => row.Decision === 'q-single').map((row) => [row.Activity, row.Answer, row.Correct])).toEqual([
      ['check', 'b', ''],
      ['check', 'a', ''],
      ['check', 'b', ''],
      ['check', 'b', ''],
    ]);
  });
});

/** What a reader of the page sees: tags dropped (inline ones without a space), entities read back, white space collapsed. */
function textOf(markup: string): string {
  return markup
    .replace(/<\/?(?:b|i|bdi|span)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

const sections = (page: string) => page.split('<section class="decision">').slice(1).map((part) => part.slice(0, part.indexOf('</section>')));

describe('summaryPage', () => {
  const en = summaryWords('en');

  it('is a whole page with a header: module, date, join code and how many took part', () => {
    const { state } = playedSession();
    const page = summaryPage(state, liveModule, en);
    expect(page.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(page.trimEnd().endsWith('</html>')).toBe(true);
    expect(page).toContain('<title>Live session: Feedback</title>');
    expect(textOf(page.slice(page.indexOf('<header>'), page.indexOf('</header>')))).toBe('Live session: Feedback Date 2 March 2026 Join code KMP-7RX Participants 3');
  });

  it('has a section per decision point, with the votes per round and what the room did', () => {
    const { state } = playedSession();
    const parts = sections(summaryPage(state, liveModule, en));
    expect(parts).toHaveLength(5);
    expect(textOf(parts[0]!)).toBe(
      [
        'Conversation Step 1: Late again Noor: Sorry, the bus was late.',
        'Votes Answer Round 1 Round 2',
        'What happened? (followed) 1 (33%) 1 (50%)',
        'Third time this week. 2 (67%) 1 (50%)',
        'Voted 3 2',
        'Most votes What happened?, Third time this week. (a tie)',
        'What the room did Followed the majority: “What happened?”',
        'How the room moved Round 1 Round 2 Participants What happened? no vote 1 Third time this week. What happened? 1 Third time this week. Third time this week. 1',
      ].join(' '),
    );
    expect(parts[0]).toContain('<span class="bar w33"></span>');
    expect(parts[0]).toContain('<span class="bar w67"></span>');
    expect(textOf(parts[1]!)).toContain('Noor: My little brother was ill.');
    expect(textOf(parts[1]!)).toContain('Most votes Let us talk later. What the room did Went back to the previous decision');
    expect(textOf(parts[2]!)).toContain('Followed the facilitator’s choice: “Third time this week.”');
    expect(parts[1]).not.toContain('class="moves"');
  });

  it('gives a quiz item’s right answer and how many had it, and the moves of its re-vote', () => {
    const { state } = playedSession();
    const [, , , single, multi] = sections(summaryPage(state, liveModule, en));
    expect(textOf(single!)).toBe(
      [
        'Quiz question Step 2: Check Which comes first?',
        'Votes Answer Round 1 Round 2',
        'A 1 (50%) 0 (0%)',
        'B (right answer) 1 (50%) 2 (100%)',
        'C 0 (0%) 0 (0%)',
        'Voted 2 2',
        'Most votes B',
        'Right answer B',
        'Exactly right in the last round 2 of 2',
        'How the room moved Round 1 Round 2 Participants A B 1 B B 1',
      ].join(' '),
    );
    expect(textOf(multi!)).toContain('A (right answer) 2 (100%) B 0 (0%) C (right answer) 1 (50%) D 0 (0%) Voted 2');
    expect(textOf(multi!)).toContain('Right answer A, C Exactly right in the last round 1 of 2');
  });

  it('says when the room never saw the right answer, and when a decision is still open', () => {
    const { state, ids, context } = withParticipants(['Ann']);
    const withheld = play(state, context, { type: 'start' }, { type: 'reveal' }, { type: 'follow', choiceId: 'tell' }, { type: 'next' }, pick(ids.Ann!, 'a'), { type: 'reveal', withholdAnswer: true }, { type: 'end' }).state;
    const [, quiz] = sections(summaryPage(withheld, liveModule, en));
    expect(textOf(quiz!)).toContain('Right answer B (not shown to the room) Exactly right in the last round 0 of 1');
    const open = play(withParticipants(['Ann']).state, context, { type: 'start' }).state;
    const [only] = sections(summaryPage(open, liveModule, en));
    expect(textOf(only!)).toContain('Most votes Nobody voted. What the room did Still open');
  });

  it('shows the wall entries the facilitator let through, per prompt, and no names anywhere', () => {
    const { state } = playedSession();
    const page = summaryPage(state, liveModule, en);
    const wall = page.slice(page.indexOf('<section class="wall">'));
    expect(textOf(wall)).toBe(
      'Reflection wall The anonymous answers the facilitator showed to the room. A moment you gave feedback. I said it, "right away". =1+1 What will you try next? No answers were shown.',
    );
    expect(wall).toContain('<li><bdi lang="en">I said it,\n&quot;right away&quot;.</bdi></li>');
    expect(page).not.toMatch(/Hidden one|Pending one|Ann|\bBo\b|\bCy\b/);
  });

  it('says so when the room voted on nothing, and leaves the wall out when the plan has no prompt', () => {
    const { state, context } = withParticipants(['Ann']);
    const quizOnly: LiveSession = { ...state, plan: [{ kind: 'quiz-item', activityId: 'check', itemId: 'q-single' }] };
    const page = summaryPage(play(quizOnly, context, { type: 'end' }).state, liveModule, en);
    expect(sections(page)).toHaveLength(0);
    expect(textOf(page)).toContain('The room voted on nothing in this session.');
    expect(page).not.toContain('class="wall"');
  });

  it('breaks the page before each decision, draws bars that print, and sends a CSP that allows exactly its stylesheet', () => {
    const page = summaryPage(playedSession().state, liveModule, en);
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)![1]!;
    expect(style).toMatch(/@media print\{[^}]*\}?.*\.decision,\.wall\{break-before:page\}/);
    expect(style).toContain('.bar{display:block;height:0;border-top:');
    expect(SUMMARY_CSP).toContain(`style-src 'sha256-${createHash('sha256').update(style).digest('base64')}'`);
    expect(SUMMARY_CSP).toContain("default-src 'none'");
    expect(page).not.toMatch(/ style="/);
  });

  it.each(['nl', 'nb'] as const)('speaks %s when given its words, the module still marked as English', (locale) => {
    const words = summaryWords(locale);
    const page = summaryPage(playedSession().state, liveModule, words);
    expect(page).toContain(`<html lang="${locale}">`);
    expect(page).toContain(`<dt>${words.joinCode}</dt>`);
    expect(page).toContain(locale === 'nl' ? '2 maart 2026' : '2. mars 2026');
    expect(page).toContain('<bdi lang="en">What happened?</bdi>');
  });
});

describe('summary words', () => {
  it.each(['en', 'nl', 'nb'] as const)('%s has every word the page needs, and only those', (locale) => {
    expect(SummaryWordsSchema.parse(summaryWords(locale))).toEqual(summaryWords(locale));
    expect(summaryWords(locale).locale).toBe(locale);
  });
});

/** Every string of the module replaced by `value`: titles, lines, names, choices, prompts, options. */
function hostileModule(value: string): ModuleData {
  const replace = (node: unknown, key = ''): unknown => {
    if (typeof node === 'string') return ['title', 'text', 'name', 'prompt', 'scene', 'summary'].includes(key) ? value : node;
    if (Array.isArray(node)) return node.map((item) => replace(item, key));
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, replace(v, k)]));
    return node;
  };
  return replace(liveModule) as ModuleData;
}

const ALLOWED_TAGS = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'header', 'main', 'section', 'h1', 'h2', 'h3', 'p', 'b', 'i', 'bdi', 'span', 'dl', 'dt', 'dd', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'ul', 'li']);
const ALLOWED_ATTRIBUTES = new Set(['lang', 'charset', 'name', 'content', 'class', 'scope', 'aria-hidden']);

describe('summaryPage with hostile text', () => {
  it.each(XSS_CORPUS)('keeps %j as text wherever it appears: in the module, on the wall and in the words', (value) => {
    const { state } = playedSession();
    const wallText = WallTextSchema.safeParse(value);
    const wall = wallText.success ? state.wall.map((entry) => ({ ...entry, text: wallText.data })) : state.wall;
    const words = SummaryWordsSchema.parse(JSON.parse(JSON.stringify(summaryWords('en')), (key, text) => (typeof text === 'string' && key !== 'locale' ? value : text)) as SummaryWords);
    const page = summaryPage({ ...state, wall }, hostileModule(value), words).replace(/<style>[\s\S]*?<\/style>/, '<style></style>');
    // Every < starts one of the page's own tags, with only the page's own attributes.
    const tags = [...page.matchAll(/<(\/?)([a-z0-9]+)((?:\s+[a-z-]+="[^"<>]*")*)\s*>/g)];
    expect(tags.length).toBe((page.match(/</g) ?? []).length - 1); // the doctype
    for (const [, , name, attributes] of tags) {
      expect(ALLOWED_TAGS, name).toContain(name);
      for (const [, attribute] of attributes!.matchAll(/([a-z-]+)="/g)) expect(ALLOWED_ATTRIBUTES, attribute).toContain(attribute);
    }
    expect(page).toContain(escapeText(value));
    if (wallText.success) expect(page).toContain(`<li><bdi lang="en">${escapeText(wallText.data)}</bdi></li>`);
  });
});
