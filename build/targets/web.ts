/** The plain web build: open index.html from any web server; progress stays in the browser. */
import type { Target } from './target.ts';
import { launchPage } from './launch-page.ts';

export const webTarget: Target = {
  name: 'web',
  adapter: 'offline',
  *files(input) {
    yield ['index.html', launchPage(input, 'web')];
  },
};
