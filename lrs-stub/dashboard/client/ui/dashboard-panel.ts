/**
 * What every analytics panel has in common: the API client from context, the filters from
 * the app, a heading level (1 when the panel is the page, 2 on the overview), the dashboard's
 * words and formats, which of its tables are open, and the shared styles. A panel subclass
 * only says what it loads and how it draws it.
 */
import { consume } from '@lit/context';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { buttons, tokens } from '../../../../components/src/styles/tokens.ts';
import type { ApiClient } from '../api/api-client.ts';
import { apiContext } from '../api/api-context.ts';
import { activeFilterCount, type Filters } from '../api/dashboard-query.ts';
import { DashboardLocalizeController } from '../i18n/dashboard-localize-controller.ts';
import { below, type SubLevel } from './heading.ts';
import { OpenTablesController } from './open-tables.ts';
import { panelStyles } from './panel.styles.ts';
import { tableStyles } from './table.styles.ts';

export abstract class DashboardPanel extends LitElement {
  static override styles = [tokens, buttons, panelStyles, tableStyles];

  /** The API client; provided by the app through context. */
  @consume({ context: apiContext, subscribe: true })
  @property({ attribute: false })
  api: ApiClient | undefined;

  /** The dashboard's filters (from the address bar). */
  @property({ attribute: false }) filters: Filters = {};

  /** 1 when the panel is the whole page (its heading is the page's h1), else 2. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: 1 | 2 = 2;

  protected readonly i18n = new DashboardLocalizeController(this);
  protected readonly tables = new OpenTablesController(this);

  /** Filters are applied, so an empty answer means "nothing matches", not "nothing recorded". */
  protected get filtered(): boolean {
    return activeFilterCount(this.filters) > 0;
  }

  /** The level of the headings right under the panel's own. */
  protected get subLevel(): SubLevel {
    return below(this.headingLevel);
  }

  /** Moves focus to the panel's heading when it is the page's h1 (after navigation). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h1[tabindex]')?.focus();
  }
}
