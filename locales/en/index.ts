/**
 * Every interface-text namespace for one locale, as one i18next resource. English is in the
 * launch bundle, so `final` (final.ts) is left out here and arrives with the quiz element, and
 * `screens` (screens.ts) with the module end and course end screens.
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
import { framing } from './framing.ts';

export const en = { common, course, page, dialogue, quiz, exercise, reflection, certificate, tracking, framing };
