/**
 * `npm run lrs:import -- --from <endpoint> --auth key:secret [--version 2.0.0]`: imports a
 * source LRS's statements into the database the local LRS uses (LRS_DB, as `npm run lrs`
 * reads it), resuming where the last run stopped, and prints counts and throughput.
 *
 * Exit codes: 0 done; 1 failed (the message says what, where and what to do); 2 bad usage;
 * 3 done, but some statements were conflicts or refused (listed), so a cron job notices.
 * Ctrl-C finishes and saves the page in hand, then stops; a second Ctrl-C quits at once
 * (also safe: the next run resumes from the last saved page).
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { readEnv } from '../../config.ts';
import { openSqliteStore } from '../../store/sqlite-store.ts';
import { ImportError } from './import-error.ts';
import { ledgerPathFor, openImportLedger } from './import-ledger.ts';
import { importStatements, type ImportReport } from './importer.ts';

const USAGE = `usage: npm run lrs:import -- --from <xAPI endpoint> --auth <key:secret> [--version 1.0.3|2.0.0] [--page-size N] [--ignore-consistent-through]
  --from      the source LRS's xAPI endpoint, e.g. https://lrs.example.org/xapi
  --auth      Basic credentials of the source (or LRS_IMPORT_AUTH, which keeps them out of the process list)
  --version   X-Experience-API-Version to speak (default 1.0.3)
  --page-size statements per page to ask for (default: the source's own)
  --ignore-consistent-through  import past the source's X-Experience-API-Consistent-Through
Imports into LRS_DB (default .data/lrs.sqlite); the resume point lives beside it in <db>-import.sqlite.`;

const ArgsSchema = z.object({
  from: z.url({ error: '--from must be an absolute URL, e.g. https://lrs.example.org/xapi' }),
  auth: z.string({ error: '--auth key:secret (or LRS_IMPORT_AUTH) is required' }).regex(/^[^:]+:.*$/, { error: '--auth must be key:secret' }),
  version: z.enum(['1.0.3', '2.0.0'], { error: '--version must be 1.0.3 or 2.0.0' }).default('1.0.3'),
  pageSize: z.coerce.number({ error: '--page-size must be a number' }).int().positive().optional(),
  ignoreConsistentThrough: z.boolean().default(false),
});

function printReport(report: ImportReport, lrsDb: string): void {
  const seconds = (report.elapsedMs / 1000).toFixed(1);
  const lines = [
    `imported ${report.imported} statement(s) from ${report.source} into ${lrsDb} in ${seconds} s (${report.statementsPerSecond} statements/s, ${report.pages} page(s))`,
    `  received ${report.received}, already present ${report.present}, voided fetched by id ${report.voidedFetched}, conflicts ${report.conflicts.length}, refused ${report.rejected.length}`,
  ];
  if (report.cursor) lines.push(`  resume point: stored ${report.cursor.stored} (+${report.cursor.idsAtStored} id(s) at that millisecond)`);
  if (report.stoppedAtConsistentThrough) lines.push(`  stopped at the source's Consistent-Through ${report.stoppedAtConsistentThrough}: newer statements may still be on their way there; the next run takes them`);
  if (report.interrupted) lines.push('  interrupted: run the same command again to go on');
  for (const [label, problems] of [['conflict', report.conflicts], ['refused', report.rejected]] as const) {
    for (const problem of problems.slice(0, 20)) lines.push(`  ${label} ${problem.id}: ${problem.reason}`);
    if (problems.length > 20) lines.push(`  … and ${problems.length - 20} more ${label}(s)`);
  }
  console.log(lines.join('\n'));
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        from: { type: 'string' },
        auth: { type: 'string' },
        version: { type: 'string' },
        'page-size': { type: 'string' },
        'ignore-consistent-through': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (parsed.help) {
    console.log(USAGE);
    return 0;
  }
  const args = ArgsSchema.safeParse({
    from: parsed.from,
    auth: parsed.auth ?? process.env.LRS_IMPORT_AUTH,
    version: parsed.version,
    pageSize: parsed['page-size'],
    ignoreConsistentThrough: parsed['ignore-consistent-through'] ?? false,
  });
  if (!args.success) {
    console.error(`${args.error.issues.map((i) => i.message).join('\n')}\n${USAGE}`);
    return 2;
  }
  const lrsDb = readEnv(process.env).LRS_DB;
  if (lrsDb === ':memory:') {
    console.error('LRS_DB is :memory:, which is gone when this command ends; set LRS_DB to the database file the LRS uses.');
    return 2;
  }

  const store = openSqliteStore({ path: lrsDb });
  const ledger = openImportLedger(ledgerPathFor(lrsDb));
  const aborter = new AbortController();
  const onSigint = () => {
    if (aborter.signal.aborted) process.exit(130);
    console.error('\nfinishing the page in hand, then stopping (Ctrl-C again to quit at once)');
    aborter.abort(new Error('interrupted by Ctrl-C'));
  };
  process.on('SIGINT', onSigint);
  try {
    const report = await importStatements({
      from: args.data.from,
      auth: args.data.auth,
      version: args.data.version,
      store,
      ledger,
      signal: aborter.signal,
      respectConsistentThrough: !args.data.ignoreConsistentThrough,
      ...(args.data.pageSize !== undefined ? { pageSize: args.data.pageSize } : {}),
      onPage: (p) => process.stderr.write(`\rpage ${p.page}: ${p.imported} imported of ${p.received} received, ${Math.round(p.imported / Math.max(p.elapsedMs / 1000, 0.001))} statements/s   `),
    });
    process.stderr.write('\n');
    printReport(report, lrsDb);
    return report.conflicts.length + report.rejected.length > 0 ? 3 : 0;
  } catch (error) {
    process.stderr.write('\n');
    console.error(error instanceof ImportError ? error.message : error);
    return 1;
  } finally {
    process.off('SIGINT', onSigint);
    ledger.close();
    store.close();
  }
}

process.exitCode = await main();
