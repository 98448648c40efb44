/**
 * The shell's own screens as the shell renders them: the welcome/overview (in the launch
 * bundle) and a module's start and end and the course end (their elements load on demand, see
 * screen-elements.ts). What each screen shows is computed here from the course and the learner's
 * progress with the runtime's rules (module-report.ts), so a card, a module end and the LMS never
 * disagree; the elements only render it. Module screens get their heading from here, as
 * activities do, so focus and the skip link work the same on every screen.
 */
import { html, type TemplateResult } from 'lit';
import type { CourseData } from '../../../../course/schema/course-data.ts';
import type { Locale } from '../../../../course/schema/ids.ts';
import type { LocalizeController } from '../../i18n/localize-controller.ts';
import { courseEstimate, moduleCard, moduleReport } from '../../runtime/module-report.ts';
import type { LearnerProgress } from '../../runtime/progress.ts';
import { canScore, type CourseStatus } from '../../runtime/course-status.ts';
import '../wm-welcome/wm-welcome.ts';
import type { TrackingPlace } from '../wm-welcome/wm-welcome.ts';
import type { PortfolioDownload } from '../wm-portfolio-actions/wm-portfolio-actions.ts';
import { routeHref, type ShellRoute } from './shell-route.ts';

export interface ScreenInputs {
  t: LocalizeController['t'];
  course: CourseData;
  progress: LearnerProgress;
  status: CourseStatus | undefined;
  /** Whether the certificate can be issued now. */
  eligible: boolean;
  tracking: TrackingPlace;
  locales: readonly Locale[];
  locale: Locale;
  /** Where the learner's portfolio opens, when the package has one to open. */
  portfolioHref: string | undefined;
  /** Makes and saves the portfolio of evidence (on the module and course ends). */
  portfolio: PortfolioDownload | undefined;
}

type ScreenRoute = Exclude<ShellRoute, { kind: 'activity' }>;

export const moduleStartHref = (moduleId: string): string => routeHref({ kind: 'module-start', moduleId });
const activityHref = (moduleId: string) => (activityId: string) => routeHref({ kind: 'activity', moduleId, activityId });

/** The learner has been here before: something done, or a place to return to. */
export const isReturning = (progress: LearnerProgress): boolean => !!progress.location || Object.keys(progress.activities).length > 0;

export function renderWelcome(s: ScreenInputs): TemplateResult {
  const { course, progress } = s;
  return html`<wm-welcome
    .courseTitle=${course.title}
    .description=${course.description}
    .cover=${course.cover}
    .modules=${course.modules.map((m, i) => moduleCard(m, i, progress))}
    .moduleHref=${moduleStartHref}
    .minutes=${courseEstimate(course.modules)}
    .tracking=${s.tracking}
    .locales=${s.locales}
    .locale=${s.locale}
    ?returning=${isReturning(progress)}
    .progress=${s.status?.progressMeasure ?? 0}
  ></wm-welcome>`;
}

/** The eyebrow and heading of a module or course screen; the heading takes focus like an activity's. */
function heading(eyebrow: string, title: string): TemplateResult {
  return html`<p class="activity-type">${eyebrow}</p>
    <h2 class="activity-title" tabindex="-1">${title}</h2>`;
}

export function renderScreen(route: ScreenRoute, s: ScreenInputs): TemplateResult {
  const { t, course, progress } = s;
  if (route.kind === 'welcome') return renderWelcome(s);
  if (route.kind === 'course-end') {
    const complete = s.status?.complete ?? false;
    const certificate = course.modules.flatMap((m) => m.activities.filter((a) => a.type === 'certificate').map((a) => ({ moduleId: m.id, activityId: a.id })))[0];
    const scored = course.modules.some((m) => m.activities.some((a) => a.weight > 0 && canScore(a)));
    return html`${heading(course.title, complete ? t('framing.courseComplete') : t('framing.courseEnd'))}
      <wm-course-end
        .modules=${course.modules.map((m, i) => moduleCard(m, i, progress))}
        .result=${{ complete, passed: s.status?.passed ?? false, score: s.status?.score, passMark: course.mastery.passMark, scored }}
        .certificate=${certificate ? { href: routeHref({ kind: 'activity', ...certificate }), eligible: s.eligible } : undefined}
        .moduleHref=${moduleStartHref}
        .portfolioHref=${s.portfolioHref}
        .portfolio=${s.portfolio}
        .cover=${course.cover}
      ></wm-course-end>`;
  }
  const index = course.modules.findIndex((m) => m.id === route.moduleId);
  const module = course.modules[index]!;
  const where = t('framing.moduleOf', { number: index + 1, total: course.modules.length });
  if (route.kind === 'module-start') {
    const report = moduleReport(module, index, progress);
    return html`${heading(where, module.title)}
      <wm-module-start .card=${report.card} .activities=${report.activities} .activityHref=${activityHref(module.id)}></wm-module-start>`;
  }
  const report = moduleReport(module, index, progress);
  const next = course.modules[index + 1];
  const title = report.card.status === 'completed' ? t('framing.moduleComplete', { number: index + 1 }) : t('framing.moduleEnd', { number: index + 1 });
  return html`${heading(`${where}: ${module.title}`, title)}
    <wm-module-end
      .report=${report}
      .next=${next ? moduleCard(next, index + 1, progress) : undefined}
      .activityHref=${activityHref(module.id)}
      .moduleHref=${moduleStartHref}
      .portfolioHref=${s.portfolioHref}
      .portfolio=${s.portfolio}
    ></wm-module-end>`;
}

/** The label of the pager's Next on a screen: what pressing it does there. */
export function nextLabel(route: ShellRoute, t: LocalizeController['t']): string {
  if (route.kind === 'module-start') return t('framing.startModule');
  if (route.kind === 'module-end') return t('framing.nextModule');
  return t('course.next');
}

