/**
 * Events `<wm-certificate>` dispatches. The certificate has no answers of its own; its progress
 * is just `{ type: 'certificate' }`, sent along like every leaf event so the shell can treat
 * all leaf events alike.
 */
import type { ActivityDetail } from '../../runtime/progress.ts';

export type CertificateProgress = Extract<ActivityDetail, { type: 'page' | 'certificate' }>;

const flags = { bubbles: true, composed: true } as const;
const progress: CertificateProgress = { type: 'certificate' };

/**
 * The learner typed the name to print (only when the LMS gave none). Debounced about 400 ms
 * and sent at once when the field loses focus or the page is hidden or closed. `name` is
 * trimmed and may be empty.
 */
export class WmCertificateNameEvent extends Event {
  static readonly eventName = 'wm-certificate-name';
  readonly name: string;
  readonly progress: CertificateProgress = progress;

  constructor(init: { name: string }) {
    super(WmCertificateNameEvent.eventName, flags);
    this.name = init.name;
  }
}

/** The learner printed the certificate or downloaded it as a PDF. */
export class WmCertificateDownloadEvent extends Event {
  static readonly eventName = 'wm-certificate-download';
  readonly format: 'pdf' | 'print';
  readonly progress: CertificateProgress = progress;

  constructor(init: { format: 'pdf' | 'print' }) {
    super(WmCertificateDownloadEvent.eventName, flags);
    this.format = init.format;
  }
}

declare global {
  interface HTMLElementEventMap {
    'wm-certificate-name': WmCertificateNameEvent;
    'wm-certificate-download': WmCertificateDownloadEvent;
  }
}
