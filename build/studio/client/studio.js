// @ts-check
/**
 * The preview studio page: plays the course in the chosen target, reloads it when the server
 * says a build finished, shows content errors in an overlay, and reads what the package writes:
 * the SCORM data model and call log from the LMS simulator's frame (same origin), the decoded
 * resume state from the server, and cmi5 statements from the local LRS.
 *
 * Plain JavaScript served as it is: the studio is a developer tool that must start without a
 * bundling step of its own.
 */

/** @typedef {{ version: number, building: boolean, ok: boolean, errors: string, ms: number, warnings: string[], outline?: { id: string, title: string, locales: string[], modules: { id: string, title: string, activities: { id: string, title: string, type: string }[] }[] } }} StudioState */

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));
const player = /** @type {HTMLIFrameElement} */ ($('player'));
const targetSelect = /** @type {HTMLSelectElement} */ ($('target'));
const localeSelect = /** @type {HTMLSelectElement} */ ($('locale'));
const prefs = { target: localStorage.getItem('studio:target') ?? 'web', locale: localStorage.getItem('studio:locale') ?? '' };
/** @type {StudioState | undefined} */
let state;
let shownVersion = 0;
/** @type {string | undefined} */
let registration;

targetSelect.value = prefs.target;
targetSelect.addEventListener('change', () => {
  localStorage.setItem('studio:target', targetSelect.value);
  void load();
});
localeSelect.addEventListener('change', () => {
  localStorage.setItem('studio:locale', localeSelect.value);
  void load();
});
$('phone').addEventListener('change', (event) => $('frame-box').classList.toggle('phone', /** @type {HTMLInputElement} */ (event.target).checked));
$('reset').addEventListener('click', () => void reset());
$('overlay-close').addEventListener('click', () => ($('overlay').hidden = true));

/** The learner's own language choice, as the player keeps it (locale-choice.ts). */
const localeKey = () => `workmentor:${state?.outline?.id ?? ''}:locale`;

/** The frame the course runs in: the player itself, or the SCO frame inside the LMS simulator. */
function courseWindow() {
  const win = player.contentWindow;
  if (!win) return undefined;
  const sco = /** @type {HTMLIFrameElement | null} */ (win.document?.getElementById('scorm_object'));
  return sco?.contentWindow ?? win;
}

/** Where the learner is (`#/module/activity`), to come back to it after a rebuild. */
function currentHash() {
  try {
    return courseWindow()?.location.hash ?? '';
  } catch {
    return '';
  }
}

async function load(hash = currentHash()) {
  if (!state?.outline) return;
  const locale = localeSelect.value;
  localStorage.setItem(localeKey(), locale);
  const target = targetSelect.value;
  // A new query each time: the same address with only another hash would not load the page again.
  const fresh = `studio=${shownVersion}-${Date.now()}`;
  if (target === 'web') player.src = `/web/index.html?${fresh}${hash}`;
  else if (target === 'scorm12' || target === 'scorm2004') {
    const setup = { version: target === 'scorm12' ? '1.2' : '2004', language: locale, learner: { id: 'studio-learner', name: 'Learner, Studio' } };
    player.src = `/lms/${setup.version}/?${fresh}&setup=${encodeURIComponent(JSON.stringify(setup))}`;
    if (hash) player.addEventListener('load', () => setTimeout(() => jump(hash), 300), { once: true });
  } else {
    const answer = await fetch('/studio/api/cmi5-launch', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ learnerName: 'Studio learner', registration }) });
    const launch = await answer.json();
    if (!answer.ok) return showPanelText(`cmi5 launch failed: ${launch.error}`);
    registration = launch.registration;
    player.src = `${launch.url}${hash}`;
  }
  renderFailures();
}

function jump(/** @type {string} */ hash) {
  const win = courseWindow();
  if (win) win.location.hash = hash;
}

async function reset() {
  // The player keeps a copy of its state in this origin's storage; the LMS simulator keeps what
  // was committed in sessionStorage. The studio's own choices survive.
  for (const key of Object.keys(localStorage)) if (!key.startsWith('studio:') && key !== localeKey()) localStorage.removeItem(key);
  for (const key of Object.keys(sessionStorage)) sessionStorage.removeItem(key);
  // cmi5: a new registration is a new attempt.
  registration = undefined;
  await load('');
  notice = 'A new attempt: nothing kept from before.';
}

function renderOutline() {
  const outline = state?.outline;
  if (!outline) return;
  $('course-title').textContent = `· ${outline.title}`;
  const list = $('outline');
  list.replaceChildren(
    ...outline.modules.map((module) => {
      const item = document.createElement('li');
      const link = anchor(module.title, `#/${module.id}/~start`);
      const activities = document.createElement('ol');
      for (const activity of module.activities) {
        const li = document.createElement('li');
        li.append(anchor(`${activity.title} (${activity.type})`, `#/${module.id}/${activity.id}`));
        activities.append(li);
      }
      item.append(link, activities);
      return item;
    }),
  );
  const chosen = localeSelect.value || prefs.locale;
  localeSelect.replaceChildren(...outline.locales.map((locale) => new Option(new Intl.DisplayNames(['en'], { type: 'language' }).of(locale) ?? locale, locale)));
  localeSelect.value = outline.locales.includes(chosen) ? chosen : outline.locales[0] ?? '';
}

function anchor(/** @type {string} */ text, /** @type {string} */ hash) {
  const link = document.createElement('a');
  link.href = hash;
  link.textContent = text;
  link.addEventListener('click', (event) => {
    event.preventDefault();
    jump(hash);
  });
  return link;
}

function renderFailures() {
  const box = $('failures');
  const target = targetSelect.value;
  if (target === 'scorm12' || target === 'scorm2004') {
    const commit = target === 'scorm12' ? 'LMSCommit' : 'Commit';
    const set = target === 'scorm12' ? 'LMSSetValue' : 'SetValue';
    box.replaceChildren(
      button(`Refuse the next 3 ${commit} calls`, () => fail({ method: commit, code: '101', times: 3 })),
      button(`Refuse ${set} for 30 s`, () => fail({ method: set, code: '101', forMs: 30_000 })),
    );
  } else if (target === 'cmi5') {
    box.replaceChildren(button('Make the LRS unreachable', () => setLrs(true)), button('Bring the LRS back', () => setLrs(false)));
  } else box.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'The web build keeps progress in this browser only: nothing to fail.' }));
}

function button(/** @type {string} */ text, /** @type {() => void} */ onClick) {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = text;
  element.addEventListener('click', onClick);
  return element;
}

/** Adds a refusal rule to the LMS simulator (build/lms-simulator/README.md). */
function fail(/** @type {Record<string, unknown>} */ rule) {
  const host = /** @type {any} */ (player.contentWindow);
  if (!host?.__lmsFail) return;
  if (rule.forMs) {
    // The simulator counts from its own page load; its performance clock is close enough to that.
    const now = host.performance.now();
    host.__lmsFail({ method: rule.method, code: rule.code, fromMs: now, untilMs: now + Number(rule.forMs) });
  } else host.__lmsFail(rule);
  showPanelText(`The LMS refuses ${String(rule.method)} now (${rule.times ? `${rule.times} times` : 'for 30 s'}).`);
}

async function setLrs(/** @type {boolean} */ down) {
  await fetch('/studio/api/lrs', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ down }) });
  showPanelText(down ? 'The LRS answers 503 to the package now.' : 'The LRS is back.');
}

let notice = '';
function showPanelText(/** @type {string} */ text) {
  notice = text;
}

/** Reads what the package wrote, every second, and draws it. */
async function refreshPanel() {
  const panel = $('panel');
  const target = targetSelect.value;
  const parts = [];
  if (notice) parts.push(paragraph(notice));
  if (target === 'scorm12' || target === 'scorm2004') {
    const host = /** @type {any} */ (player.contentWindow);
    if (host?.__lmsCmi) {
      const cmi = host.__lmsCmi();
      const log = host.__lmsLog ?? [];
      const suspend = target === 'scorm12' ? cmi.suspend_data : cmi.suspend_data;
      const core = target === 'scorm12' ? cmi.core ?? {} : cmi;
      const rows = target === 'scorm12'
        ? [['lesson_status', core.lesson_status], ['score.raw', core.score?.raw], ['lesson_location', core.lesson_location], ['session_time', core.session_time], ['interactions', Object.keys(cmi.interactions ?? {}).length]]
        : [['completion_status', cmi.completion_status], ['success_status', cmi.success_status], ['score.scaled', cmi.score?.scaled], ['location', cmi.location], ['interactions', Object.keys(cmi.interactions ?? {}).length]];
      parts.push(heading('CMI values'), definitions(rows), paragraph(`${log.length} API calls, the last: ${log.at(-1)?.method ?? '–'} → ${log.at(-1)?.result ?? '–'}`));
      const inspection = await (await fetch('/studio/api/resume', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ suspendData: suspend ?? '', target }) })).json();
      parts.push(heading('Resume state (suspend_data)'), meter(inspection.characters, inspection.limit));
      if (inspection.problems?.length) parts.push(paragraph(inspection.problems.join('; ')));
      if (inspection.progress) parts.push(pre(JSON.stringify(inspection.progress, null, 1).slice(0, 4000)));
    }
  } else if (target === 'cmi5' && registration) {
    const answer = await (await fetch(`/studio/api/statements?registration=${registration}`)).json();
    const list = document.createElement('ol');
    list.className = 'statements';
    for (const statement of (answer.statements ?? []).slice(0, 30)) {
      const li = document.createElement('li');
      li.textContent = `${statement.verb?.display?.['en-US'] ?? statement.verb?.id?.split('/').at(-1)} · ${statement.object?.definition?.name?.['en-US'] ?? statement.object?.id?.split('/').slice(-2).join('/')}${statement.result?.score ? ` · ${Math.round((statement.result.score.scaled ?? 0) * 100)} %` : ''}`;
      list.append(li);
    }
    parts.push(heading(`Statements (${answer.statements?.length ?? 0}, newest first)`), list);
  } else if (target === 'web') {
    const keys = Object.keys(localStorage).filter((key) => key.startsWith('workmentor'));
    parts.push(heading('Kept in this browser'), definitions(keys.map((key) => [key, `${(localStorage.getItem(key) ?? '').length} characters`])));
  }
  panel.replaceChildren(...parts);
}

const heading = (/** @type {string} */ text) => Object.assign(document.createElement('h3'), { textContent: text });
const paragraph = (/** @type {string} */ text) => Object.assign(document.createElement('p'), { textContent: text });
const pre = (/** @type {string} */ text) => Object.assign(document.createElement('pre'), { textContent: text });
function definitions(/** @type {unknown[][]} */ rows) {
  const list = document.createElement('dl');
  for (const [term, value] of rows) list.append(Object.assign(document.createElement('dt'), { textContent: String(term) }), Object.assign(document.createElement('dd'), { textContent: value === undefined || value === '' ? '–' : String(value) }));
  return list;
}
function meter(/** @type {number} */ used, /** @type {number} */ limit) {
  const box = document.createElement('div');
  const bar = document.createElement('div');
  bar.className = used > limit ? 'meter over' : 'meter';
  const fill = document.createElement('span');
  fill.style.width = `${Math.min(100, (used / limit) * 100)}%`;
  bar.append(fill);
  box.append(paragraph(`${used.toLocaleString('en')} of ${limit.toLocaleString('en')} characters (${Math.round((used / limit) * 100)} %)`), bar);
  return box;
}

function applyState(/** @type {StudioState} */ next) {
  const first = !state?.outline;
  state = next;
  const status = $('build-status');
  status.classList.toggle('failed', !next.ok && !next.building);
  status.textContent = next.building ? 'Building…' : next.ok ? `Built in ${next.ms} ms${next.warnings.length ? ` · ${next.warnings.length} warning(s)` : ''}` : 'Content errors: see the overlay';
  $('overlay').hidden = next.building || next.ok;
  $('overlay-errors').textContent = next.errors;
  renderOutline();
  if (next.ok && !next.building && next.version !== shownVersion) {
    shownVersion = next.version;
    void load(first ? '' : currentHash());
  }
}

const events = new EventSource('/studio/events');
events.addEventListener('built', (event) => applyState(JSON.parse(/** @type {MessageEvent} */ (event).data)));
events.addEventListener('building', () => state && applyState({ ...state, building: true }));
setInterval(() => void refreshPanel().catch(() => undefined), 1000);
