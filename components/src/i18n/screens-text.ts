/**
 * Adds the English text of the module start, module end and course end screens to the
 * interface text. Imported by those screens' elements, so it travels in their chunk instead of
 * the launch bundle, which has a size budget and only needs what every learner sees first.
 * Dutch and Norwegian carry it in their own chunks already.
 */
import { screens } from '../../../locales/en/screens.ts';
import { i18n } from './i18n.ts';

i18n.addResourceBundle('en', 'translation', { screens }, true, false);
