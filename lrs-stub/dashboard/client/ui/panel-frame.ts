/**
 * The frame every panel shares, so all of them behave the same way in every state:
 *
 * - loading: a polite live region says what is loading (and `aria-busy` marks the section);
 *   a reload keeps the last figures on show, faded, until the new ones arrive;
 * - failed: what went wrong and what to do, in the same live region, with "Try again";
 * - empty: "no statements yet" with how to send some, or, when filters are applied, that
 *   nothing matches them;
 * - ready: the panel's own content.
 *
 * The live region is always in the page (an empty one is visually hidden, not removed), so
 * screen readers hear it when it fills.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ApiError } from '../api/api-error.ts';
import type { ResourceController } from '../api/resource-controller.ts';
import { translate } from '../i18n/dashboard-i18n.ts';

export interface PanelFrameOptions<T> extends ResourceViewOptions<T> {
  /** Unique in the shadow root; the heading is `<id>-heading`. */
  id: string;
  heading: string;
  intro?: string;
  /** Heading level of the panel: 2 on the overview, where the page's title is the h1. */
  level?: 2 | 1;
  /** Controls shown before the state (a search field), which stay while the panel reloads. */
  before?: TemplateResult;
}

/** What went wrong and what to do, for any ApiError. */
export function errorMessage(error: ApiError): string {
  switch (error.kind) {
    case 'unauthorized':
      return translate('errors.unauthorized');
    case 'forbidden':
      return translate('errors.forbidden');
    case 'not-found':
      return translate('errors.notFound', { message: error.serverMessage ?? String(error.status) });
    case 'invalid':
      return translate('errors.invalid', { message: error.serverMessage ?? String(error.status) });
    case 'throttled':
      return translate('errors.throttled');
    case 'server':
      return error.requestId ? translate('errors.server', { requestId: error.requestId }) : translate('errors.serverNoId');
    case 'network':
      return translate('errors.network');
    default:
      return translate('errors.unexpected');
  }
}

export function errorNotice(error: ApiError, onRetry: () => void): TemplateResult {
  return html`<div class="notice bad">
    <p class="notice-title">${translate('errors.title')}</p>
    <p>${errorMessage(error)}</p>
    <button type="button" class="secondary" @click=${onRetry}>${translate('state.retry')}</button>
  </div>`;
}

export function emptyNotice(filtered: boolean): TemplateResult {
  if (filtered) {
    return html`<div class="notice empty">
      <p class="notice-title">${translate('state.filteredTitle')}</p>
      <p>${translate('state.filteredBody')}</p>
    </div>`;
  }
  return html`<div class="notice empty">
    <p class="notice-title">${translate('state.emptyTitle')}</p>
    <p>${translate('state.emptyBody')}</p>
    <ol>
      <li>${translate('state.emptySteps.publish')}</li>
      <li>${translate('state.emptySteps.import')}</li>
      <li>${translate('state.emptySteps.wait')}</li>
    </ol>
  </div>`;
}

export interface ResourceViewOptions<T> {
  /** What is loading, for "Loading the completion funnel…". */
  what: string;
  resource: ResourceController<T>;
  /** True when the answer holds nothing to draw. */
  isEmpty: (value: T) => boolean;
  /** Filters are applied: an empty answer means nothing matches them. */
  filtered: boolean;
  content: (value: T) => TemplateResult;
  /** Said instead of the standard empty notice (the item analysis: "no quiz attempted yet"). */
  empty?: TemplateResult;
}

/** The live status line and the body for one resource: loading, failed, empty or its content. */
export function resourceView<T>(options: ResourceViewOptions<T>): TemplateResult {
  const { resource } = options;
  const loading = resource.status === 'loading' || resource.status === 'idle';
  const failed = resource.status === 'error' && resource.error !== undefined;
  const value = resource.value;
  const status = loading ? translate('state.loading', { what: options.what }) : failed ? errorNotice(resource.error!, () => resource.reload()) : nothing;
  let body: TemplateResult | typeof nothing = nothing;
  if (!failed && value !== undefined) {
    if (options.isEmpty(value)) body = options.empty ?? emptyNotice(options.filtered);
    else body = html`<div class="content ${loading ? 'stale' : ''}">${options.content(value)}</div>`;
  }
  return html`<div class="status ${loading ? 'loading' : ''}" role="status">${status}</div>${body}`;
}

export function panelFrame<T>(options: PanelFrameOptions<T>): TemplateResult {
  const { id, resource } = options;
  const loading = resource.status === 'loading' || resource.status === 'idle';
  const heading = options.level === 1 ? html`<h1 id="${id}-heading" tabindex="-1">${options.heading}</h1>` : html`<h2 id="${id}-heading">${options.heading}</h2>`;
  return html`<section class="panel" aria-labelledby="${id}-heading" aria-busy=${loading ? 'true' : 'false'}>
    ${heading} ${options.intro ? html`<p class="intro">${options.intro}</p>` : nothing} ${options.before ?? nothing} ${resourceView(options)}
  </section>`;
}
