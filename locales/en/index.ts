/**
 * Every interface-text namespace of the player for one locale, as one i18next resource. Every
 * locale folder has this same file exporting `messages`, so the player finds a language by its
 * folder name (components/src/i18n/ui-text.ts) and the build checks it against this one
 * (build/ui-locales/). The player bundles English itself, namespace by namespace
 * (components/src/i18n/i18n.ts), so `final` and `screens` stay out of its launch bundle.
 */
import { common } from './common.ts';
import { course } from './course.ts';
import { page } from './page.ts';
import { dialogue } from './dialogue.ts';
import { quiz } from './quiz.ts';
import { exercise } from './exercise.ts';
import { reflection } from './reflection.ts';
import { certificate } from './certificate.ts';
import { tracking } from './tracking.ts';
import { final } from './final.ts';
import { framing } from './framing.ts';
import { screens } from './screens.ts';

export const messages = { common, course, page, dialogue, quiz, exercise, reflection, certificate, tracking, final, framing, screens };
