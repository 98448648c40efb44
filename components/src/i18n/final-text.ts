/**
 * Adds the English text of the final assessment to the interface text. Imported by the quiz
 * element, so it travels in the quiz's chunk instead of the launch bundle, which has a size
 * budget and only needs what every learner sees first. Dutch and Norwegian carry it in their
 * own chunks already.
 */
import { final } from '../../../locales/en/final.ts';
import { i18n } from './i18n.ts';

i18n.addResourceBundle('en', 'translation', { final }, true, false);
