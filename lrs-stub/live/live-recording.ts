/**
 * A live session's changes recorded in this LRS: the votes and wall entries as xAPI statements
 * (live-statements.ts says which and when), written through the LRS's own statement writer (one
 * clock, one group commit with the statements that come over HTTP) and announced to the
 * services that follow the store, so the dashboard shows a session's votes within seconds.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { statementsWritten } from '../http/statements-written.ts';
import type { Agent } from '../xapi/statement-schema.ts';
import type { LiveCatalog } from './live-catalog.ts';
import type { Change } from './live-hub.ts';
import { liveStatements } from './live-statements.ts';

export interface LiveRecordingOptions {
  catalog: LiveCatalog;
  /** Where phones reach this server; participants' and the session's accounts live under it. */
  publicUrl: string;
  /** The course version written as `context.revision`; default the authored course's. */
  courseVersion?: string;
}

export function recordLiveChanges(app: FastifyInstance, options: LiveRecordingOptions): (change: Change) => Promise<void> {
  const actorHomePage = `${options.publicUrl.replace(/\/+$/, '')}/live`;
  const authority: Agent = { objectType: 'Agent', name: 'Live sessions', account: { homePage: actorHomePage, name: 'live-sessions' } };
  return async (change) => {
    const course = options.catalog.courses[change.after.locale];
    if (!course) throw new Error(`no course data in ${change.after.locale}`);
    const statements = liveStatements(change.before, change.after, change.events, change.module, {
      baseIri: course.baseIri,
      courseVersion: options.courseVersion ?? course.version,
      actorHomePage,
      now: () => new Date().toISOString(),
      newId: randomUUID,
    });
    if (statements.length === 0) return;
    await app.statementWriter.write({ body: statements, version: '1.0.3', authority, parts: [], multipart: false });
    statementsWritten(app);
  };
}
