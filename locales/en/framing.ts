/**
 * Interface text of the course's framing in the shell (English, the source locale): the welcome
 * and overview screen, module cards, the compact header, the module start and end headings, and
 * the question before leaving an unfinished quiz. In the launch bundle: the welcome screen is
 * the first thing a learner sees. What the module end and course end say is in `screens`.
 */
export const framing = {
  welcome: 'Welcome',
  overview: 'Course overview',
  start: 'Start the course',
  continue: 'Continue where you left off',
  courseTime: 'Time:',
  about: 'about {{time}}',
  moduleCount_one: '{{count}} module',
  moduleCount_other: '{{count}} modules',
  trackingLabel: 'Your progress:',
  tracking: {
    lms: 'your learning platform keeps your progress and results. You can stop at any time and continue later.',
    lrs: "your organisation's learning record system keeps your progress and results. You can stop at any time and continue later.",
    device: 'kept in this browser, on this device only. To continue later, come back on the same device and browser. Clearing the browser data deletes it.',
  },
  yourProgress: 'Done so far:',
  modulesTitle: 'Modules',
  minutes_one: '{{count}} min',
  minutes_other: '{{count}} min',
  hours_one: '{{count}} h',
  hours_other: '{{count}} h',
  hoursMinutes: '{{hours}} h {{minutes}} min',
  timeLabel: 'Time:',
  moduleDone: 'Completed',
  objectives: 'What you will learn',
  objectivesCount_one: 'What you will learn ({{count}} goal)',
  objectivesCount_other: 'What you will learn ({{count}} goals)',
  openOverview: 'Overview',
  moduleOf: 'Module {{number}} of {{total}}',
  moduleEnd: 'End of module {{number}}',
  moduleComplete: 'Module {{number}} complete',
  courseEnd: 'Your results',
  courseComplete: 'Course complete',
  startModule: 'Start the module',
  nextModule: 'Next module',
  leaveQuiz: {
    title: 'Leave the quiz?',
    body: 'You have not finished this quiz. The answers you have already checked or saved are kept, and you can finish the quiz later where you left off. An answer you chose but did not check or save yet is not kept.',
    leave: 'Leave the quiz',
    stay: 'Stay in the quiz',
  },
  portfolioActions: {
    heading: 'Your portfolio of evidence',
    text: 'Your reflections, feedback exercises, conversations and quiz results in one document, ordered by the seven mentor skills. Download it at any time.',
    pdf: 'Download your portfolio (PDF)',
    html: 'Printable version',
    preparing: 'Putting your portfolio together…',
    pdfReady: 'Your portfolio has been downloaded as a PDF.',
    htmlReady: 'Your portfolio has been downloaded as a web page. Open it in your browser to read or print it.',
    failed: 'Your portfolio could not be made. Check your connection and try again.',
  },
} as const;
