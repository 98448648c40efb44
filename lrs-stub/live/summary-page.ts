/**
 * A live session's printable summary, for the facilitator to keep, print or hand round: one
 * section per decision point (the question, each answer's votes per round as a table with a bar,
 * what got most votes, what the room followed or the right answer, how the room moved between
 * rounds), then the wall entries the facilitator showed, per prompt. A complete HTML page with
 * no script, rendered on the server.
 *
 * Aggregate only: no participant's name or vote is on it (the CSV has those), so it can go
 * round the room that made it. Every text is escaped by the register's `html` template, and
 * the module's texts sit in <bdi lang> so a bidi control in one cannot reorder the page around
 * it and a screen reader reads them in the module's language when the words are in another.
 *
 * Printing: each decision starts a new page and its tables are not split. Bars are drawn with a
 * border rather than a background, since browsers leave background colours out of print by
 * default; their widths are classes of the one stylesheet (`w0`…`w100`), because an inline
 * `style` attribute would need `unsafe-inline` in the page's CSP (SUMMARY_CSP).
 */
import { createHash } from 'node:crypto';
import type { ModuleData } from '../../course/schema/course-data.ts';
import { html, type Markup, trusted } from '../register/html.ts';
import { fill, formatDay, registerLanguageOf } from '../register/register-language.ts';
import { decisionPoints, type DecisionPoint, isRightAnswer, optionText } from './decision-points.ts';
import { resolveStep } from './plan-steps.ts';
import type { LiveSession } from './session-schema.ts';
import type { SummaryWords } from './summary-words.ts';
import { keysOfAnswer, movement, tally, type Tally } from './tally.ts';

const STYLE = `
body{margin:0 auto;max-width:48rem;padding:1.5rem;font:1rem/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b}
h1{font-size:1.6rem;line-height:1.2;margin:0 0 .75rem}
h2{font-size:1.25rem;margin:0 0 .5rem}
h3{font-size:1.05rem;margin:1.25rem 0 .4rem}
section{margin-top:2.5rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:.75rem 0}
dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}
.kind{margin:0;font-size:.9rem;text-transform:uppercase;letter-spacing:.04em;color:#4a4a4a}
.question{font-size:1.1rem;margin:.25rem 0 1rem;white-space:pre-line}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid #b8c2c6}
thead th{border-bottom:2px solid #1b1b1b}
tfoot th,tfoot td{border-bottom:0;font-weight:600}
.count{display:inline-block;min-width:4.5rem;font-variant-numeric:tabular-nums}
.track{display:inline-block;vertical-align:middle;width:8rem;border-left:1px solid #1b1b1b}
.bar{display:block;height:0;border-top:.8rem solid #1f4e5f}
.mark{font-weight:400;font-style:italic}
.wall li{white-space:pre-line;margin:.35rem 0;overflow-wrap:anywhere}
${Array.from({ length: 101 }, (_, percent) => `.w${percent}{width:${percent}%}`).join('')}
@media print{body{max-width:none;padding:0;font-size:11pt}section{margin-top:0}.decision,.wall{break-before:page}table,dl,li{break-inside:avoid}}
`.trim();

/** The Content-Security-Policy to send with the page: its one stylesheet and nothing else. */
export const SUMMARY_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

export function summaryPage(state: LiveSession, module: ModuleData, words: SummaryWords): string {
  const title = fill(words.title, { module: module.title });
  const points = decisionPoints(state, module);
  const text = (value: string) => html`<bdi lang="${state.locale}">${value}</bdi>`;
  const percent = new Intl.NumberFormat(words.locale === 'en' ? 'en-GB' : words.locale, { style: 'percent', maximumFractionDigits: 0 });
  const page = html`<html lang="${words.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${title}</title>
<style>${trusted(STYLE)}</style>
</head>
<body>
<header>
<h1>${title}</h1>
<dl>
<dt>${words.date}</dt><dd>${formatDay(state.createdAt.slice(0, 10), registerLanguageOf(words.locale) ?? 'en')}</dd>
<dt>${words.joinCode}</dt><dd>${state.joinCode}</dd>
<dt>${words.participants}</dt><dd>${state.participants.length}</dd>
</dl>
</header>
<main>
${points.length === 0 ? html`<p>${words.noDecisions}</p>` : points.map((point) => decisionSection(point, words, text, percent))}
${wallSection(state, module, words, text)}
</main>
</body>
</html>`;
  return `<!doctype html>\n${page}\n`;
}

type InLanguage = (value: string) => Markup;

function decisionSection(point: DecisionPoint, words: SummaryWords, text: InLanguage, percent: Intl.NumberFormat): Markup {
  const label = (key: string) => optionText(point, key, (k) => (k === 'true' ? words.true : k === 'false' ? words.false : k));
  const keys = [...new Set([...point.options.map((option) => option.key), ...point.rounds.flatMap((round) => round.votes.flatMap((vote) => keysOfAnswer(vote.answer)))])];
  const tallies = point.rounds.map((round) => tally(round, keys));
  const last = tallies.at(-1)!;
  const followed = point.closed?.by === 'follow' ? point.closed.choiceId : undefined;
  const marks = (key: string) => [
    key === followed ? html` <span class="mark">(${words.marks.followed})</span>` : '',
    point.correct?.includes(key) ? html` <span class="mark">(${words.marks.right})</span>` : '',
  ];
  const cell = (result: Tally, key: string) => {
    const count = result.counts.find((entry) => entry.key === key)?.count ?? 0;
    const share = result.voters === 0 ? 0 : count / result.voters;
    return html`<td><span class="count">${count} (${percent.format(share)})</span><span class="track" aria-hidden="true"><span class="bar w${Math.round(share * 100)}"></span></span></td>`;
  };
  return html`<section class="decision">
<p class="kind">${words.kinds[point.kind]}</p>
<h2>${fill(words.step, { number: point.step + 1, title: point.activityTitle })}</h2>
<p class="question">${point.question.speaker ? html`<b>${text(point.question.speaker)}:</b> ` : ''}${text(point.question.text)}</p>
<table>
<caption>${words.votes}</caption>
<thead><tr><th scope="col">${words.answer}</th>${tallies.map((result) => html`<th scope="col">${fill(words.round, { round: result.round })}</th>`)}</tr></thead>
<tbody>
${keys.map((key) => html`<tr><th scope="row">${text(label(key))}${marks(key)}</th>${tallies.map((result) => cell(result, key))}</tr>\n`)}</tbody>
<tfoot><tr><th scope="row">${words.voters}</th>${tallies.map((result) => html`<td>${result.voters}</td>`)}</tr></tfoot>
</table>
<dl>
<dt>${words.mostVotes}</dt><dd>${mostVotes(last, label, words, text)}</dd>
${point.kind === 'dialogue' ? html`<dt>${words.left}</dt><dd>${left(point, label, words)}</dd>` : ''}
${point.correct ? rightAnswer(point, label, words, text) : ''}
</dl>
${point.rounds.length === 2 ? moves(point, label, words, text) : ''}
</section>
`;
}

/** The answer with most votes in the last round, every one of them when they tie. */
function mostVotes(result: Tally, label: (key: string) => string, words: SummaryWords, text: InLanguage): Markup | string {
  const top = Math.max(0, ...result.counts.map((entry) => entry.count));
  if (top === 0) return words.noVotes;
  const leaders = result.counts.filter((entry) => entry.count === top).map((entry) => label(entry.key));
  return leaders.length === 1 ? text(leaders[0]!) : fill(words.tie, { choices: leaders.join(', ') });
}

function left(point: DecisionPoint, label: (key: string) => string, words: SummaryWords): string {
  const closed = point.closed;
  if (!closed) return words.leftBy.open;
  if (closed.by === 'follow') return fill(words.leftBy[closed.chosenBy], { choice: label(closed.choiceId) });
  return words.leftBy[closed.by];
}

function rightAnswer(point: DecisionPoint, label: (key: string) => string, words: SummaryWords, text: InLanguage): Markup {
  const lastRound = point.rounds.at(-1)!;
  const right = lastRound.votes.filter((vote) => isRightAnswer(point, vote.answer)).length;
  return html`<dt>${words.rightAnswer}</dt><dd>${text(point.correct!.map(label).join(', '))}${point.answerShown ? '' : html` ${words.answerNotShown}`}</dd>
<dt>${words.votedRight}</dt><dd>${fill(words.ofVoters, { count: right, total: lastRound.votes.length })}</dd>`;
}

/** Who went from which answer to which between the rounds, biggest group first (tally.ts's `movement`). */
function moves(point: DecisionPoint, label: (key: string) => string, words: SummaryWords, text: InLanguage): Markup {
  const [first, second] = point.rounds as [DecisionPoint['rounds'][number], DecisionPoint['rounds'][number]];
  const answer = (keys: string[]) => (keys.length === 0 ? html`<i>${words.noVote}</i>` : text(keys.map(label).join(', ')));
  return html`<table class="moves">
<caption>${words.moves}</caption>
<thead><tr><th scope="col">${fill(words.round, { round: 1 })}</th><th scope="col">${fill(words.round, { round: 2 })}</th><th scope="col">${words.participants}</th></tr></thead>
<tbody>
${movement(first, second).map((move) => html`<tr><td>${answer(move.from)}</td><td>${answer(move.to)}</td><td>${move.count}</td></tr>\n`)}</tbody>
</table>`;
}

/** The entries the facilitator showed, per reflection prompt of the plan; nothing when the plan has none. */
function wallSection(state: LiveSession, module: ModuleData, words: SummaryWords, text: InLanguage): Markup | string {
  const prompts = state.plan.flatMap((planStep, step) => {
    const resolved = planStep.kind === 'reflection' ? resolveStep(module, planStep) : undefined;
    return resolved?.kind === 'reflection' ? [{ step, prompt: resolved.prompt }] : [];
  });
  if (prompts.length === 0) return '';
  return html`<section class="wall">
<h2>${words.wall}</h2>
<p>${words.wallIntro}</p>
${prompts.map(({ step, prompt }) => {
  const shown = state.wall.filter((entry) => entry.step === step && entry.state === 'shown');
  return html`<h3>${text(prompt.text)}</h3>
${shown.length === 0 ? html`<p>${words.noEntries}</p>` : html`<ul>${shown.map((entry) => html`<li>${text(entry.text)}</li>`)}</ul>`}
`;
})}</section>`;
}
