/**
 * `npm run bench`: every benchmark, printed as one JSON object (a readable summary of the web
 * benchmark goes to stderr as it runs). Budgets are numbers here, never timed assertions in
 * tests (those flake).
 *
 *   --only web|build|lrs|dashboard|import|live|studio   run one part
 *   --statements N         the dashboard benchmark at this store size only (default 100,000 and 1,000,000)
 *   --store URL            the dashboard and import benchmarks with the statements in PostgreSQL (postgres://…) instead of SQLite,
 *                          and the live-session load test with its sessions there
 *   --runs N               cold loads per profile and build in the web benchmark (default 5)
 *   --baseline REV|none    the previous build the web benchmark compares with (default HEAD)
 *   --cpu                  the web benchmark also on a CPU four times slower
 *   --course real|fixture  the web benchmark on one course only
 */
import { parseArgs } from 'node:util';
import { runBuildBench } from './build-bench.ts';
import { runWebBench, type WebBenchOptions } from './web-bench.ts';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    runs: { type: 'string' },
    baseline: { type: 'string' },
    cpu: { type: 'boolean' },
    course: { type: 'string' },
    statements: { type: 'string' },
    store: { type: 'string' },
  },
});
const only = values.only;
const web: WebBenchOptions = {
  ...(values.runs ? { runs: Number(values.runs) } : {}),
  ...(values.baseline ? { baseline: values.baseline } : {}),
  ...(values.cpu ? { cpu: true } : {}),
  ...(values.course ? { courses: [values.course as 'real' | 'fixture'] } : {}),
};
const result: Record<string, unknown> = {};
if (!only || only === 'web') result.web = await runWebBench(web);
if (!only || only === 'build') result.build = await runBuildBench();
if (!only || only === 'lrs') {
  const { runLrsBench } = await import('../lrs-stub/bench/lrs-bench.ts');
  result.lrs = await runLrsBench();
}
if (!only || only === 'import') {
  const { runImportBench } = await import('../lrs-stub/bench/import-bench.ts');
  result.import = await runImportBench({ ...(values.statements && only === 'import' ? { statements: Number(values.statements) } : {}), ...(values.store ? { store: values.store } : {}) });
}
if (!only || only === 'studio') {
  const { runStudioBench } = await import('./studio-bench.ts');
  result.studio = await runStudioBench();
}
if (!only || only === 'live') {
  const { runLiveBench } = await import('../lrs-stub/bench/live-bench.ts');
  result.live = await runLiveBench({ ...(values.store ? { store: values.store } : {}) });
}
if (!only || only === 'dashboard') {
  const { runDashboardBench } = await import('../lrs-stub/bench/dashboard-bench.ts');
  result.dashboard = await runDashboardBench({ ...(values.statements ? { sizes: [Number(values.statements)] } : {}), ...(values.store ? { store: values.store } : {}) });
}
console.log(JSON.stringify(result, null, 2));
