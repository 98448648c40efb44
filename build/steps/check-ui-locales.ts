/**
 * After load course: the interface text (locales/<tag>/) of every locale being packaged is
 * complete (build/ui-locales/check-ui-text.ts). Errors stop the build before anything is
 * bundled; warnings are logged.
 */
import path from 'node:path';
import { BuildFailure } from '../build-failure.ts';
import type { BuildStep } from '../context.ts';
import { isWarning } from '../errors/content-error.ts';
import { checkUiText } from '../ui-locales/check-ui-text.ts';

/** `localesDir`: the folder of interface locales (default: the player's own, `<toolRoot>/locales`). */
export function checkUiLocales({ localesDir }: { localesDir?: string } = {}): BuildStep {
  return {
    name: 'check interface text',
    async run(ctx) {
      const dir = localesDir ?? path.join(ctx.config.toolRoot, 'locales');
      const problems = await checkUiText(dir, ctx.config.locales ?? ctx.course!.source.locales);
      for (const warning of problems.filter(isWarning)) ctx.log(`warning ${warning.name} ${warning.file}: ${warning.what}`);
      const errors = problems.filter((p) => !isWarning(p));
      if (errors.length > 0) throw new BuildFailure(errors);
    },
  };
}
