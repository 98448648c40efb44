/**
 * The dashboard's events: elements report what happened, the app (wm-dashboard-app) decides
 * what follows. All bubble and are composed, so they leave every shadow root on the way up.
 */
import type { Filters } from '../api/dashboard-query.ts';
import type { Session } from './session.ts';

/** Logged in: the app shows the dashboard for this session. */
export class WmSessionStartEvent extends Event {
  static readonly type = 'wm-session-start';
  readonly session: Session;
  constructor(session: Session) {
    super(WmSessionStartEvent.type, { bubbles: true, composed: true });
    this.session = session;
  }
}

/** A request answered 401: the session ended (expired, or logged out in another tab). */
export class WmSessionExpiredEvent extends Event {
  static readonly type = 'wm-session-expired';
  constructor() {
    super(WmSessionExpiredEvent.type, { bubbles: true, composed: true });
  }
}

/** The coordinator changed or reset the filters. */
export class WmFiltersChangeEvent extends Event {
  static readonly type = 'wm-filters-change';
  readonly filters: Filters;
  /** True for "Reset filters". */
  readonly reset: boolean;
  constructor(filters: Filters, reset = false) {
    super(WmFiltersChangeEvent.type, { bubbles: true, composed: true });
    this.filters = filters;
    this.reset = reset;
  }
}

/** A page asks the app to go somewhere (after an erasure, back to the learners) and to say why. */
export class WmNavigateEvent extends Event {
  static readonly type = 'wm-navigate';
  readonly href: string;
  /** Announced in the app's live region once the page has changed. */
  readonly announcement: string | undefined;
  constructor(href: string, announcement?: string) {
    super(WmNavigateEvent.type, { bubbles: true, composed: true });
    this.href = href;
    this.announcement = announcement;
  }
}

/** A learner's data was erased (the erase dialog got the server's yes). */
export class WmLearnerErasedEvent extends Event {
  static readonly type = 'wm-learner-erased';
  readonly learnerId: string;
  constructor(learnerId: string) {
    super(WmLearnerErasedEvent.type, { bubbles: true, composed: true });
    this.learnerId = learnerId;
  }
}

/** A certificate was revoked (the revoke dialog got the server's yes). */
export class WmCertificateRevokedEvent extends Event {
  static readonly type = 'wm-certificate-revoked';
  readonly code: string;
  constructor(code: string) {
    super(WmCertificateRevokedEvent.type, { bubbles: true, composed: true });
    this.code = code;
  }
}

/** Certificates were imported from Moodle (the register should load again). */
export class WmRegisterImportedEvent extends Event {
  static readonly type = 'wm-register-imported';
  constructor() {
    super(WmRegisterImportedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'wm-session-start': WmSessionStartEvent;
    'wm-session-expired': WmSessionExpiredEvent;
    'wm-filters-change': WmFiltersChangeEvent;
    'wm-navigate': WmNavigateEvent;
    'wm-learner-erased': WmLearnerErasedEvent;
    'wm-certificate-revoked': WmCertificateRevokedEvent;
    'wm-register-imported': WmRegisterImportedEvent;
  }
}
