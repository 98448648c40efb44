/**
 * The LMS simulator's host page logic: plays the part Moodle plays for a SCORM package. It puts
 * a scorm-again API object on this window (`window.API` for SCORM 1.2, `window.API_1484_11` for
 * SCORM 2004), loads the package's launch file in a frame below it, and lets a test set up the
 * launch, break the LMS on purpose and read back everything the package did.
 *
 * Plain browser JavaScript, loaded as it is (no build step): see README.md for the setup object
 * and the `window.__lms*` functions a test uses.
 */
(() => {
  'use strict';

  const NAMES = {
    '1.2': {
      global: 'API',
      methods: ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'],
      commit: 'LMSCommit',
      terminate: 'LMSFinish',
      lastError: 'LMSGetLastError',
      errorString: 'LMSGetErrorString',
      diagnostic: 'LMSGetDiagnostic',
    },
    '2004': {
      global: 'API_1484_11',
      methods: ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic'],
      commit: 'Commit',
      terminate: 'Terminate',
      lastError: 'GetLastError',
      errorString: 'GetErrorString',
      diagnostic: 'GetDiagnostic',
    },
  };

  const clone = (value) => JSON.parse(JSON.stringify(value ?? {}));

  /** The setup: `window.__lmsSetup` (set by the test before the page loads), else `?setup=<JSON>`. */
  function readSetup() {
    if (window.__lmsSetup) return window.__lmsSetup;
    const raw = new URLSearchParams(location.search).get('setup');
    return raw ? JSON.parse(raw) : {};
  }

  const setup = readSetup();
  const version = setup.version === '2004' ? '2004' : '1.2';
  const names = NAMES[version];
  const storageKey = setup.storageKey || `wm-lms:${version}`;
  const loadedAt = performance.now();

  /** What an LMS hands a new session: `entry` from the previous `exit`, no session values. */
  function relaunched(saved) {
    const data = clone(saved);
    if (version === '1.2') {
      const core = (data.core = data.core || {});
      if ('exit' in core) {
        const status = core.lesson_status || 'not attempted';
        core.entry = core.exit === 'suspend' ? 'resume' : status === 'not attempted' ? 'ab-initio' : '';
        delete core.exit;
      }
      delete core.session_time;
    } else {
      if ('exit' in data) {
        data.entry = data.exit === 'suspend' ? 'resume' : !data.completion_status || data.completion_status === 'unknown' ? 'ab-initio' : '';
        delete data.exit;
      }
      delete data.session_time;
    }
    return data;
  }

  /** The learner and launch fields of the setup, written where this version keeps them. */
  function launchFields(cmi) {
    const learner = setup.learner || {};
    if (version === '1.2') {
      const core = (cmi.core = cmi.core || {});
      if (learner.id !== undefined) core.student_id = learner.id;
      if (learner.name !== undefined) core.student_name = learner.name;
      if (setup.mode) core.lesson_mode = setup.mode;
      if (setup.language !== undefined) cmi.student_preference = { ...(cmi.student_preference || {}), language: setup.language };
    } else {
      if (learner.id !== undefined) cmi.learner_id = learner.id;
      if (learner.name !== undefined) cmi.learner_name = learner.name;
      if (setup.mode) cmi.mode = setup.mode;
      if (setup.language !== undefined) cmi.learner_preference = { ...(cmi.learner_preference || {}), language: setup.language };
    }
    return cmi;
  }

  function storedCmi() {
    try {
      const raw = sessionStorage.getItem(storageKey);
      return raw ? JSON.parse(raw) : undefined;
    } catch {
      return undefined;
    }
  }

  // A given initial state wins; otherwise what this tab committed before (a relaunch), unless the test said not to.
  const initial = setup.cmi ?? (setup.persist === false ? undefined : storedCmi()) ?? {};
  const api = version === '1.2' ? new window.Scorm12API({ logLevel: 5, autocommit: false }) : new window.Scorm2004API({ logLevel: 5, autocommit: false });
  api.loadFromJSON(launchFields(relaunched(initial)));

  const log = [];
  /** Failure rules: `{ method, code, times }` for the next calls, or `{ method, code, fromMs, untilMs }` after page load. */
  const failures = (setup.failures || []).map((rule) => ({ ...rule }));
  let injectedError;
  let committed = clone(storedCmi());

  function failureFor(method) {
    const elapsed = performance.now() - loadedAt;
    return failures.find((rule) => {
      if (rule.method !== method) return false;
      if (rule.times !== undefined) return rule.times > 0;
      return elapsed >= (rule.fromMs ?? 0) && elapsed < (rule.untilMs ?? Infinity);
    });
  }

  function current() {
    return clone(api.renderCMIToJSONObject().cmi);
  }

  function keep() {
    committed = current();
    try {
      sessionStorage.setItem(storageKey, JSON.stringify(committed));
    } catch {
      // The test can still read __lmsCommitted().
    }
  }

  function call(method, args) {
    let result;
    const readsError = method === names.lastError || method === names.errorString || method === names.diagnostic;
    const failure = readsError ? undefined : failureFor(method);
    if (readsError && injectedError) {
      result = method === names.lastError ? injectedError : `Refused by the LMS simulator (error ${injectedError})`;
    } else if (failure) {
      if (failure.times !== undefined) failure.times -= 1;
      injectedError = String(failure.code);
      result = 'false';
    } else {
      if (!readsError) injectedError = undefined;
      result = api[method](...args);
      if ((method === names.commit || method === names.terminate) && String(result) === 'true') keep();
    }
    log.push({ method, args, result, at: Math.round(performance.now() - loadedAt) });
    return result;
  }

  const lmsApi = {};
  for (const method of names.methods) lmsApi[method] = (...args) => call(method, args);
  window[names.global] = lmsApi;

  window.__lmsLog = log;
  window.__lmsApi = api;
  window.__lmsVersion = version;
  window.__lmsCmi = current;
  window.__lmsCommitted = () => clone(committed);
  window.__lmsFail = (rule) => failures.push({ ...rule });
  window.__lmsForget = () => sessionStorage.removeItem(storageKey);

  const frame = document.createElement('iframe');
  frame.id = frame.name = 'scorm_object';
  frame.title = 'SCORM package';
  frame.src = `sco/${setup.launch || 'index.html'}`;
  document.body.append(frame);
  window.__lmsReady = true;
})();
