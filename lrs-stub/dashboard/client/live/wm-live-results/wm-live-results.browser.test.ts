import { expect, fixture, html } from '@open-wc/testing';
import type { Results } from '../../../../live/tally.ts';
import { setLiveLanguage } from '../i18n/live-i18n.ts';
import { revoteResults, singleChoiceResults } from '../test-support/live-view-fixtures.ts';
import { $, $$, audit } from '../../test-support/render.ts';
import { expectRenderedAsText, XSS } from '../../test-support/xss-corpus.ts';
import './wm-live-results.ts';
import type { ResultLabel, WmLiveResults } from './wm-live-results.ts';

declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, body: () => Promise<void> | void) => void;
declare const afterEach: (body: () => Promise<void> | void) => void;

const CHOICES: ResultLabel[] = [
  { key: 'ask', text: 'Ask what happened' },
  { key: 'tell', text: 'Third time this week.' },
  { key: 'later', text: 'Let’s talk at the break.' },
];
const OPTIONS: ResultLabel[] = [
  { key: 'a', text: 'Your opinion' },
  { key: 'b', text: 'What you saw' },
  { key: 'c', text: 'A solution' },
];

const oneRound: Results = { tally: { round: 1, voters: 12, counts: [{ key: 'ask', count: 6 }, { key: 'tell', count: 3 }, { key: 'later', count: 3 }] } };

const render = (results: Results, labels: ResultLabel[], mine: string[] = [], size: 'phone' | 'room' = 'phone') =>
  fixture<WmLiveResults>(html`<wm-live-results .results=${results} .labels=${labels} .mine=${mine} size=${size}></wm-live-results>`);

const text = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
const rows = (el: WmLiveResults) => $$(el, '.votes li').map(text);

describe('<wm-live-results>', () => {
  afterEach(() => setLiveLanguage('en'));

  it('lists every answer with its count and share in words, in the labels’ order', async () => {
    const el = await render(oneRound, CHOICES);
    expect(text($(el, 'figcaption'))).to.equal('12 people voted.');
    expect(rows(el)).to.deep.equal(['Ask what happened 6 votes · 50%', 'Third time this week. 3 votes · 25%', 'Let’s talk at the break. 3 votes · 25%']);
    await audit(el, 'one round');
  });

  it('draws each bar as long as its share of the voters, hidden from assistive technology', async () => {
    const el = await render(oneRound, CHOICES);
    const tracks = $$(el, '.track');
    expect(tracks.every((track) => track.getAttribute('aria-hidden') === 'true')).to.equal(true);
    const widths = tracks.map((track) => track.querySelector('.bar')!.getBoundingClientRect().width / track.getBoundingClientRect().width);
    expect(widths.map((share) => Math.round(share * 100))).to.deep.equal([50, 25, 25]);
  });

  it('marks the phone’s own vote and the right answer in words, and how many were right', async () => {
    const el = await render(singleChoiceResults, OPTIONS, ['a']);
    expect(rows(el)).to.deep.equal(['Your opinion Your vote 3 votes · 30%', 'What you saw ✓ Right answer 6 votes · 60%', 'A solution 1 vote · 10%']);
    expect($(el, '[data-key="b"] .tag.correct')).to.exist;
    expect($(el, '[data-key="a"] .tag.mine')).to.exist;
    expect(text($(el, '.right'))).to.equal('6 of 10 answered exactly right.');
    await audit(el, 'with the right answer');
  });

  it('shows round 1 beside round 2 after a re-vote, and how the votes moved', async () => {
    const el = await render(revoteResults, CHOICES, ['ask']);
    expect(text($(el, 'figcaption'))).to.equal('Round 2: 12 people voted.');
    expect(rows(el)[0]).to.equal('Ask what happened Your vote Round 1: 5 votes · 42% Round 2: 8 votes · 67%');
    expect($$(el, '.before .bar')).to.have.length(3);
    expect($$(el, '.moves li').map(text)).to.deep.equal([
      '5 stayed with Ask what happened',
      '3 went from Third time this week. to Ask what happened',
      '3 stayed with Third time this week.',
      '1 went from Let’s talk at the break. to no vote',
    ]);
    await audit(el, 're-vote');
  });

  it('says nobody voted without dividing by zero, and shows a key without a label as itself', async () => {
    const el = await render({ tally: { round: 1, voters: 0, counts: [{ key: 'ask', count: 0 }, { key: 'mystery', count: 0 }] } }, CHOICES.slice(0, 1));
    expect(text($(el, 'figcaption'))).to.equal('0 people voted.');
    expect(rows(el)).to.deep.equal(['Ask what happened 0 votes · 0%', 'mystery 0 votes · 0%']);
  });

  it('speaks the session’s language', async () => {
    await setLiveLanguage('nb');
    const el = await render(revoteResults, CHOICES);
    expect(text($(el, 'figcaption'))).to.equal('Runde 2: 12 personer stemte.');
    expect(rows(el)[2]).to.contain('Runde 1: 1 stemme');
    await setLiveLanguage('nl');
    await el.updateComplete;
    expect($$(el, '.moves li').map(text)[0]).to.equal('5 bleven bij Ask what happened');
  });

  it('shows answers that look like markup as text', async () => {
    const labels = [
      { key: 'ask', text: XSS.img },
      { key: 'tell', text: XSS.script },
      { key: 'later', text: XSS.svg },
    ];
    const el = await render(revoteResults, labels, [], 'room');
    await expectRenderedAsText(el, [XSS.img, XSS.script, XSS.svg]);
  });
});
