/**
 * Fills a running LRS with a seeded cohort, for screenshots, demos and the end-to-end test:
 *
 *   npx tsx lrs-stub/analytics/seed/seed-cli.ts --url http://127.0.0.1:8787 --key KEY --secret SECRET --learners 200
 *       [--seed 1] [--cohorts 4] [--start 2026-01-05] [--batch 500]
 *
 * The statements (seed-cohort.ts: the real course, the real xAPI mapping) are POSTed to
 * <url>/xapi/statements in batches, as any client would send them. The same seed gives the
 * same statements, ids included, so running it twice stores nothing new (the LRS accepts an
 * identical statement again without storing it twice).
 */
import { parseArgs } from 'node:util';
import { loadSeedCourse } from './seed-course.ts';
import { seedCohort } from './seed-cohort.ts';

const USAGE = 'usage: seed-cli.ts --url http://127.0.0.1:8787 --key KEY --secret SECRET --learners N [--seed N] [--cohorts N] [--start YYYY-MM-DD] [--batch N]';

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`--${name} ${value}: send a whole number of 1 or more\n${USAGE}`);
  return number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      key: { type: 'string' },
      secret: { type: 'string' },
      learners: { type: 'string' },
      seed: { type: 'string' },
      cohorts: { type: 'string' },
      start: { type: 'string' },
      batch: { type: 'string' },
    },
  });
  if (!values.url || !values.key || values.secret === undefined || !values.learners) throw new Error(`--url, --key, --secret and --learners are required\n${USAGE}`);
  const start = values.start === undefined ? undefined : new Date(`${values.start}T08:00:00Z`);
  if (start && Number.isNaN(start.getTime())) throw new Error(`--start ${values.start}: send a day as YYYY-MM-DD\n${USAGE}`);
  const learners = positive('learners', values.learners, 0);
  const batch = positive('batch', values.batch, 500);
  const endpoint = `${values.url.replace(/\/+$/, '')}/xapi/statements`;
  const headers = {
    authorization: `Basic ${Buffer.from(`${values.key}:${values.secret}`).toString('base64')}`,
    'x-experience-api-version': '1.0.3',
    'content-type': 'application/json',
  };

  const course = await loadSeedCourse();
  let pending: object[] = [];
  let sent = 0;
  const started = performance.now();
  const send = async () => {
    if (pending.length === 0) return;
    const response = await fetch(endpoint, { method: 'POST', headers, body: JSON.stringify(pending) });
    if (response.status !== 200) throw new Error(`POST ${endpoint} answered ${response.status}: ${(await response.text()).slice(0, 500)}`);
    sent += pending.length;
    pending = [];
  };
  let done = 0;
  for (const statements of seedCohort({ seed: positive('seed', values.seed, 1), learners, course, cohorts: positive('cohorts', values.cohorts, 4), ...(start ? { start } : {}) })) {
    for (const statement of statements) {
      pending.push(statement);
      if (pending.length >= batch) await send();
    }
    done += 1;
    if (done % 50 === 0) process.stderr.write(`  ${done}/${learners} learners, ${sent} statements sent\n`);
  }
  await send();
  console.log(`seeded ${learners} learners: ${sent} statements to ${endpoint} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error(`seed-cli: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
