/**
 * Interface text of the module start, module end and course end screens (English, the source
 * locale). Not bundled with the other English text: those screens' chunk brings it
 * (components/src/i18n/screens-text.ts), since no learner needs it at launch and the launch
 * bundle has a size budget.
 */
export const screens = {
  inThisModule: 'In this module',
  time: 'Time: about {{time}}',
  activityCount_one: '{{count}} activity',
  activityCount_other: '{{count}} activities',
  whatYouWillDo: 'What you will do',
  alreadyDone: 'You have done {{done}} of {{total}} activities here. Carry on where you like.',
  whatYouDid: 'What you did',
  notDoneYet_one: '{{count}} activity is not done yet. Open it from the list to finish it.',
  notDoneYet_other: '{{count}} activities are not done yet. Open them from the list to finish them.',
  allDone: 'You have done every activity in this module.',
  optional: '(optional)',
  results: 'Your results',
  noResults: 'Nothing in this module is scored.',
  quizPassed: '{{score}}%: passed (pass mark {{passMark}}%)',
  quizNotPassed: '{{score}}%: not passed yet (pass mark {{passMark}}%)',
  dialogueEnding: 'Ending: {{ending}} ({{score}}%)',
  outcome: {
    positive: 'a good outcome',
    mixed: 'a mixed outcome',
    negative: 'a poor outcome',
  },
  sortingScore: 'Sorting: {{score}}% right',
  reflections: 'Your reflection',
  reflectionSaved: 'Saved to your portfolio of evidence.',
  reflectionNotSaved: 'Not saved to your portfolio yet.',
  openReflection: 'Open “{{title}}”',
  portfolio: 'Your portfolio',
  openPortfolio: 'Open your portfolio',
  portfolioText: 'Your reflections and written feedback are collected in your portfolio of evidence. You can download it and show it to your school or training office.',
  whatNext: 'What is next',
  lastModule: 'This was the last module.',
  modulesDone: '{{done}} of {{total}} modules completed',
  courseScore: 'Course score: {{score}}%',
  passed: 'Passed',
  notPassed: 'Not passed yet (pass mark {{passMark}}%)',
  finalNotTaken: 'You have not taken the final assessment yet.',
  certificate: 'Your certificate',
  certificateReady: 'Your certificate is ready to download.',
  certificateLocked: 'Your certificate becomes available when you have completed every module and passed the final assessment.',
  openCertificate: 'Open your certificate',
  thanks: 'Thank you for taking the course. Everything you did is saved; you can come back to any module at any time.',
} as const;
