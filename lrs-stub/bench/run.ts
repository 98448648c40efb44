/** `npm run bench:lrs`: runs the LRS benchmark and prints its JSON. */
import { runLrsBench } from './lrs-bench.ts';

console.log(JSON.stringify(await runLrsBench(), null, 2));
