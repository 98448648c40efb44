/**
 * `npm run bench`: every benchmark, printed as one JSON object. Budgets are numbers here, never
 * timed assertions in tests (those flake). `--only web`, `--only build` or `--only lrs` runs one part.
 */
import { runBuildBench } from './build-bench.ts';
import { runWebBench } from './web-bench.ts';

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const result: Record<string, unknown> = {};
if (!only || only === 'web') result.web = await runWebBench();
if (!only || only === 'build') result.build = await runBuildBench();
if (!only || only === 'lrs') {
  const { runLrsBench } = await import('../lrs-stub/bench/lrs-bench.ts');
  result.lrs = await runLrsBench();
}
console.log(JSON.stringify(result, null, 2));
