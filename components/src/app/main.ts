/**
 * The player's entry point: reads the launch configuration, claims this tab as the one that
 * records the attempt (tab-guard/: a second tab of the same attempt records nothing and says
 * so), creates the tracker this package was built for, provides it to the shell through
 * context, and gives it the course text of the package (fetch-course-text.ts): the contents at
 * launch, a module's text when the learner gets there.
 */
import { ContextProvider } from '@lit/context';
import '../elements/wm-course/wm-course.ts';
import { trackerContext } from '../tracking/tracker-context.ts';
import { claimTab } from '../tracking/tab-guard/tab-guard.ts';
import { loadWebFontAfterFirstActivity } from '../styles/load-web-font.ts';
import { createTracker } from './create-tracker.ts';
import { fetchCourseText } from './fetch-course-text.ts';
import { OtherTabTracker } from './other-tab-tracker.ts';
import { readLaunchConfig } from './read-launch-config.ts';

const config = readLaunchConfig(document);
// One attempt: this course and package, and for xAPI/cmi5 the LMS's registration of it.
const registration = new URLSearchParams(location.search).get('registration');
const guard = await claimTab(['workmentor', config.courseId, config.target, ...(registration ? [registration] : [])].join(':'));
const tracker = guard.role === 'recording' ? createTracker(config) : new OtherTabTracker();
new ContextProvider(document.body, { context: trackerContext, initialValue: tracker });

const shell = document.createElement('wm-course');
shell.config = config;
shell.content = fetchCourseText;
shell.tabGuard = guard;
// The shell's skip link ("Skip to content", `href="#main"`) and its target are in the shell's
// shadow root, where the browser's fragment navigation and the audits that resolve a fragment
// with document.getElementById (axe's skip-link rule, so Lighthouse) cannot see. Naming the
// shell itself `main` in the page gives the fragment a target they find; the link's click
// handler still moves focus to the activity heading inside (wm-course.ts, handleSkip).
shell.id = 'main';
document.body.append(shell);
// The web font comes after the first activity, never before it (styles/web-font.ts).
loadWebFontAfterFirstActivity();

// The session ends when the page goes for good (not into the back-forward cache): finish the
// tracker so the LMS gets the exit and session time and closes the session (SCORM
// LMSFinish/Terminate, xAPI/cmi5 terminated). Nothing else calls `finish`. Registered after the
// shell's own `pagehide` handler (added when it was appended): the browser runs queued
// microtasks between two listeners, so the shell's last save and `suspended` record are in
// the tracker by now. `closing`: no answer arrives after this, so the tracker sends everything
// left without waiting for one (keepalive requests for xAPI and cmi5; SCORM calls are synchronous).
window.addEventListener('pagehide', (event) => {
  if (!event.persisted) void tracker.finish({ closing: true });
});
