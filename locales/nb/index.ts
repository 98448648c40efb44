/** Every interface-text namespace of the player for one locale, as one i18next resource (see ../en/index.ts). */
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
