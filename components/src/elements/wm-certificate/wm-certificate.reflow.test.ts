import { fixture, html } from '@open-wc/testing';
import { expectNoSidewaysScroll, REFLOW_CASES, resetReflow, useReflowCase } from '../../test-support/reflow.ts';
import { certificate, code, competences, courseTitle, issuedOn, missing } from './test-data.ts';
import './wm-certificate.ts';
import type { WmCertificate } from './wm-certificate.ts';

declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, body: () => Promise<void> | void) => void;
declare const afterEach: (body: () => Promise<void> | void) => void;

const render = ({ learnerName = 'Ingrid Marie Ørbæk-Christiansen Haugland', eligible = true } = {}) =>
  fixture<WmCertificate>(html`<wm-certificate
    .activity=${certificate}
    .courseTitle=${courseTitle}
    .learnerName=${learnerName}
    .nameEditable=${learnerName === ''}
    .issuedOn=${issuedOn}
    .code=${code}
    .competences=${competences}
    .eligible=${eligible}
    .missing=${missing}
  ></wm-certificate>`);

describe('<wm-certificate> reflow', () => {
  afterEach(resetReflow);

  for (const c of REFLOW_CASES) {
    it(`fits ${c.name}: issued to a long name, waiting for a name, and not yet earned`, async () => {
      await useReflowCase(c);
      await expectNoSidewaysScroll(await render(), 'issued, long name');
      await expectNoSidewaysScroll(await render({ learnerName: '' }), 'name to enter');
      await expectNoSidewaysScroll(await render({ eligible: false }), 'not yet earned');
    });
  }
});
