/** A small two-module course for the shell's tests: a page (longer than the window), a reflection and a certificate. */
import type { CourseData } from '../../../../course/schema/course-data.ts';
import type { Locale } from '../../../../course/schema/ids.ts';
import type { LaunchConfig } from '../../app/launch-config.ts';

/** The text in `locale`; Arabic (`ar`) is here as a right-to-left sample, not as a course language. */
const text = (locale: Locale, en: string, nl: string, nb: string, ar: string): string => ({ en, nl, nb, ar })[locale] ?? en;

export function shellCourse(locale: Locale = 'en'): CourseData {
  const t = (en: string, nl: string, nb: string, ar: string) => text(locale, en, nl, nb, ar);
  return {
    id: 'shell-test',
    version: '1.0.0',
    title: t('Mentoring basics', 'Basis van mentorschap', 'Grunnleggende veiledning', 'أساسيات الإرشاد'),
    description: t('A short course.', 'Een korte opleiding.', 'Et kort kurs.', 'دورة قصيرة.'),
    sourceLocale: 'en',
    locale,
    locales: locale === 'ar' ? ['en', 'ar'] : ['en', 'nl', 'nb'],
    baseIri: 'https://workmentor.example.org/xapi/shell-test',
    competences: [{ id: 'communicating', title: t('Communicating', 'Communiceren', 'Kommunisere', 'التواصل') }],
    completion: { rule: 'all-required' },
    mastery: { passMark: 0 },
    reporting: 'completed-incomplete',
    modules: [
      {
        id: 'welcome',
        title: t('Welcome', 'Welkom', 'Velkommen', 'مرحبًا'),
        summary: t('Start here.', 'Begin hier.', 'Start her.', 'ابدأ من هنا.'),
        estimate: 10,
        objectives: [{ id: 'know-roles', text: t('Know the roles', 'Ken de rollen', 'Kjenn rollene', 'اعرف الأدوار'), competences: ['communicating'] }],
        activities: [
          {
            id: 'intro',
            type: 'page',
            title: t('Why mentoring matters', 'Waarom mentorschap telt', 'Hvorfor veiledning betyr noe', 'لماذا يهم الإرشاد'),
            optional: false,
            weight: 0,
            // Longer than a test window is high, so the end of the page is reached only by scrolling.
            html: `<h3>${t('A good start', 'Een goede start', 'En god start', 'بداية جيدة')}</h3>${`<p>${t('Learners learn most at work.', 'Leerlingen leren het meest op de werkplek.', 'Lærlinger lærer mest på arbeidsplassen.', 'يتعلم المتدربون أكثر في العمل.')}</p>`.repeat(40)}`,
          },
          {
            id: 'think',
            type: 'reflection',
            title: t('Your first apprentice', 'Je eerste leerling', 'Din første lærling', 'متدربك الأول'),
            optional: false,
            weight: 0,
            prompts: [{ id: 'remember', text: t('Who helped you learn?', 'Wie hielp jou leren?', 'Hvem hjalp deg å lære?', 'من ساعدك على التعلم؟'), maxLength: 200 }],
          },
        ],
      },
      {
        id: 'finish',
        title: t('Finish', 'Afronden', 'Avslutning', 'الختام'),
        summary: t('Your certificate.', 'Je certificaat.', 'Kursbeviset ditt.', 'شهادتك.'),
        estimate: 5,
        objectives: [{ id: 'done', text: t('Finish', 'Afronden', 'Fullføre', 'الختام'), competences: ['communicating'] }],
        activities: [
          {
            id: 'certificate',
            type: 'certificate',
            title: t('Certificate', 'Certificaat', 'Kursbevis', 'الشهادة'),
            optional: false,
            weight: 0,
            heading: t('Work Mentor Certificate', 'Certificaat werkplekmentor', 'Kursbevis for veiledere', 'شهادة مرشد العمل'),
            statement: t('has completed the course', 'heeft de opleiding afgerond', 'har fullført kurset', 'أتم الدورة'),
            issuer: 'WORKMENTOR',
          },
        ],
      },
    ],
  };
}

export const shellConfig: LaunchConfig = {
  courseId: 'shell-test',
  version: '1.0.0',
  title: 'Mentoring basics',
  sourceLocale: 'en',
  locales: ['en', 'nl', 'nb'],
  target: 'web',
};

/** The same course launched in English and Arabic: a right-to-left language beside the source. */
export const rtlShellConfig: LaunchConfig = { ...shellConfig, locales: ['en', 'ar'] };
