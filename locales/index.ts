/**
 * The source locale's interface text and its type. Other locales are not listed anywhere: each
 * is a folder `locales/<tag>/` with an `index.ts` exporting `messages`, found by its name (the
 * player: components/src/i18n/ui-text.ts; the build's completeness check: build/ui-locales/).
 */
import { messages } from './en/index.ts';

/** The English text, every namespace: the shape every other locale must have. */
export const SOURCE_MESSAGES = messages;
export type SourceMessages = typeof messages;
