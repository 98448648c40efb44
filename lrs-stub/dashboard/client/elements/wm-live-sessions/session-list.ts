/**
 * The coordinator's own live sessions, newest first, each opening its console: so a facilitator
 * who closed the tab, or moved to the projector's laptop, gets back to a running session. With
 * the sentence that sessions and the names in them do not stay: a facilitator should not count
 * on the LRS to keep what the room wrote.
 */
import { html, type TemplateResult } from 'lit';
import type { SessionList } from '../../api/live-api.ts';
import { pathOf } from '../../app/routes.ts';
import type { DashboardFormats } from '../../i18n/dashboard-formats.ts';
import { translate } from '../../i18n/dashboard-i18n.ts';
import { tableBox } from '../../ui/table-box.ts';

const PHASES = ['waiting', 'voting', 'revealed', 'ended', 'writing', 'finished'] as const;
type KnownPhase = (typeof PHASES)[number];
const isKnownPhase = (phase: string): phase is KnownPhase => (PHASES as readonly string[]).includes(phase);

/** The summary's phase is a plain string in the contract: a phase this screen does not know shows as sent. */
export const phaseName = (phase: string): string => (isKnownPhase(phase) ? translate(`liveSessions.phases.${phase}`) : phase);

/** How long sessions are kept, in whole days when it is some, else in hours. */
function deletedAfter(retentionHours: number): string {
  if (retentionHours >= 48 && retentionHours % 24 === 0) return translate('liveSessions.list.deletedDays', { count: retentionHours / 24 });
  return translate('liveSessions.list.deletedHours', { count: retentionHours });
}

export function sessionList({ sessions, retentionHours }: SessionList, format: DashboardFormats): TemplateResult {
  const t = translate;
  const table =
    sessions.length === 0
      ? html`<p class="muted empty">${t('liveSessions.list.empty')}</p>`
      : tableBox({
          id: 'sessions',
          caption: t('liveSessions.list.table'),
          head: html`<tr>
            <th scope="col">${t('liveSessions.list.columns.code')}</th>
            <th scope="col">${t('liveSessions.list.columns.module')}</th>
            <th scope="col">${t('liveSessions.list.columns.language')}</th>
            <th scope="col">${t('liveSessions.list.columns.phase')}</th>
            <th scope="col" class="num">${t('liveSessions.list.columns.participants')}</th>
            <th scope="col">${t('liveSessions.list.columns.created')}</th>
          </tr>`,
          body: sessions.map(
            (session) => html`<tr>
              <th scope="row" class="nowrap">
                <a class="code" href=${pathOf({ view: 'live-console', sessionId: session.id })} aria-label=${t('liveSessions.list.open', { code: session.joinCode })}>${session.joinCode}</a>
              </th>
              <td>${session.title}</td>
              <td>${format.languageName(session.locale)}</td>
              <td>${phaseName(session.phase)}</td>
              <td class="num">${format.count(session.participants)}</td>
              <td class="nowrap">${format.dateTime(session.createdAt)}</td>
            </tr>`,
          ),
        });
  return html`<section class="stack sessions" aria-labelledby="sessions-heading">
    <h2 id="sessions-heading">${t('liveSessions.list.heading')}</h2>
    ${table}
    <p class="muted deleted">${deletedAfter(retentionHours)}</p>
  </section>`;
}
