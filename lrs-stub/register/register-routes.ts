/**
 * mountRegister(): the register of certified mentors on an LRS app, in one call. It opens the
 * register's own database (register-store.ts) and the school's signing key beside it, starts
 * the follower that registers every course pass from the statements, and mounts:
 *
 *   the dashboard API      /register/api/...        (register-api.ts; viewer / coordinator)
 *   the public pages       /verify, /verify/<code>  (no login)
 *   the public key         /.well-known/jwks.json
 *   the status list        /register/status/1
 *
 * Call it after buildApp() decorated `app.accounts` and before the app is ready; call
 * `follower.scheduleCatchUp()` after statement writes. The returned `close` (also run by the
 * app's onClose) stops the follower and closes the register database.
 */
import type { FastifyInstance } from 'fastify';
import type { LrsStore } from '../store/store.ts';
import type { IssuerProfile } from './credentials/certificate-input.ts';
import { type CredentialIssuer, issuePendingCredentials } from './credentials/entry-credential.ts';
import { type IssuerKey, loadOrCreateIssuerKey } from './credentials/issuer-key.ts';
import { STATUS_LIST_ID, statusListPublisher } from './credentials/status-list-publisher.ts';
import type { RateLimitOptions } from './public/lookup-rate-limit.ts';
import { mountPublicationRoutes, STATUS_LIST_PATH } from './public/publication-routes.ts';
import { mountVerifyRoutes, VERIFY_PATH } from './public/verify-routes.ts';
import { mountLearnerCertificate, publishLearnerLinks } from './learner-links.ts';
import { mountRegisterApi } from './register-api-routes.ts';
import { courseActivityIds, loadRegisterCourse, type RegisterCourse } from './register-course.ts';
import { type RegisterFollower, registerFollower } from './register-follower.ts';
import { DEFAULT_ISSUER_NAME } from './register-settings.ts';
import { openRegisterStore, type RegisterStore } from './register-store.ts';

export interface MountRegisterOptions {
  /** The LRS's store: the statements the follower reads. */
  store: LrsStore;
  /** The register database (registerPathFor(LRS_DB)), or ':memory:'. The signing key is kept beside it. */
  registerPath: string;
  /** Where verifiers reach this LRS, e.g. https://lrs.school.example.org (register-settings.ts). */
  publicUrl: string;
  /** The school as issuer; its id is the public URL. */
  issuer?: { name?: string; url?: string; email?: string };
  /** The course version certificates are for; default the course's own. */
  courseVersion?: string;
  /** Default: read from course/content. */
  course?: RegisterCourse;
  verifyRateLimit?: RateLimitOptions;
  /** Where background failures (follower, issuing) are reported. Default: stderr. */
  onError?: (error: unknown) => void;
  now?: () => Date;
}

export interface MountedRegister {
  register: RegisterStore;
  follower: RegisterFollower;
  key: IssuerKey;
  /** Issues the credentials of entries that have none yet. */
  issuePending(): Promise<number>;
  close(): Promise<void>;
}

export async function mountRegister(app: FastifyInstance, options: MountRegisterOptions): Promise<MountedRegister> {
  const course = options.course ?? loadRegisterCourse();
  const courseVersion = options.courseVersion ?? course.version;
  const base = options.publicUrl.replace(/\/+$/, '');
  const register = openRegisterStore({ path: options.registerPath });
  let key: IssuerKey;
  try {
    key = await loadOrCreateIssuerKey(options.registerPath);
  } catch (error) {
    register.close();
    throw error;
  }
  const profile: IssuerProfile = {
    id: base,
    name: options.issuer?.name ?? DEFAULT_ISSUER_NAME,
    ...(options.issuer?.url === undefined ? {} : { url: options.issuer.url }),
    ...(options.issuer?.email === undefined ? {} : { email: options.issuer.email }),
  };
  const issuer: CredentialIssuer = {
    profile,
    key,
    course,
    urls: { statusListCredential: `${base}${STATUS_LIST_PATH}/${STATUS_LIST_ID}`, verification: `${base}${VERIFY_PATH}/` },
  };
  const onError = options.onError ?? ((error: unknown) => console.error(JSON.stringify({ at: new Date().toISOString(), register: 'background', error: String((error as Error)?.stack ?? error) })));

  // One issuing run at a time; a request while one runs queues one more.
  let issuing: Promise<number> = Promise.resolve(0);
  const issuePending = () => {
    issuing = issuing.catch(() => 0).then(() => issuePendingCredentials(register, issuer));
    return issuing;
  };

  // The learners' packages read their certificate from the LRS (learner-links.ts).
  const linkOptions = { store: options.store, register, issuer, base };
  let publishing: Promise<unknown> = Promise.resolve();
  const publish = () => {
    publishing = publishing.then(() => publishLearnerLinks(linkOptions)).catch(onError);
    return publishing;
  };
  const issueAndPublish = () => issuePending().then(async (issued) => (await publish(), issued));

  const follower = registerFollower({
    statements: options.store.statements,
    register,
    courseIds: courseActivityIds(course),
    courseVersion,
    defaultLanguage: course.sourceLocale,
    afterRegistering: issueAndPublish,
    onError,
    ...(options.now === undefined ? {} : { now: options.now }),
  });

  mountRegisterApi(app, {
    register,
    issuer,
    courseVersion,
    verifyUrl: (code) => `${base}${VERIFY_PATH}/${code}`,
    // The import's entries are committed either way; a credential that failed is issued on download.
    afterRegistering: () => issueAndPublish().catch(onError),
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  mountLearnerCertificate(app, linkOptions);
  // A revocation reaches the learner's certificate page too.
  app.addHook('onResponse', async (request, reply) => {
    if (request.method === 'POST' && reply.statusCode === 200 && /\/entries\/[^/]+\/revoke$/.test(request.url.split('?')[0]!)) void publish();
  });
  mountVerifyRoutes(app, { register, course, issuerName: profile.name, ...(options.verifyRateLimit === undefined ? {} : { rateLimit: options.verifyRateLimit }) });
  mountPublicationRoutes(app, {
    key,
    statusList: statusListPublisher({ store: register, issuer: profile, key, url: issuer.urls.statusListCredential, ...(options.now === undefined ? {} : { now: options.now }) }),
  });

  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await follower.stop();
    await issuing.catch(() => undefined);
    await publishing;
    register.close();
  };
  app.addHook('onClose', close);

  // Statements stored while the register was not running, and credentials a crash left unissued.
  follower.scheduleCatchUp();
  issueAndPublish().catch(onError);
  return { register, follower, key, issuePending, close };
}
