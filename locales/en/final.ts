/**
 * Interface text of the final assessment (English, the source locale): the opening rule, rounds
 * of attempts, the reopen code and the per-competence summary. Not bundled with the other
 * English text: the quiz element's chunk brings it (components/src/i18n/final-text.ts), since
 * only the final assessment needs it and the launch bundle has a size budget.
 */
export const final = {
  locked: 'The final assessment opens when you have completed these modules:',
  noAnswersDuring: 'You see your result at the end, not after each question.',
  hours_one: '{{count}} hour',
  hours_other: '{{count}} hours',
  roundWait: 'When these attempts are used up, you can try again {{wait}} after your last attempt.',
  roundTrainer: 'When these attempts are used up, your trainer can open the assessment again for you.',
  save: 'Save answer',
  saved: 'Your answer is saved. You see your result at the end.',
  waiting: 'You have used all the attempts of this round. You can try again from {{time}}.',
  closed: 'You have used all your attempts. Ask your trainer to open the final assessment again, and give them this request code:',
  requestCode: 'Request code: {{code}}',
  reopenLabel: 'Reopen code from your trainer',
  reopen: 'Open and start',
  reopenTypo: 'This code has a typing error. Check each character and try again.',
  reopenWrong: 'This is not the reopen code for your request code. Check it with your trainer.',
  perCompetence: 'Your result per competence',
  competence: 'Competence',
  right: 'Right answers',
  rightOf: '{{right}} of {{total}}',
  noAnswersShown: 'To keep the assessment fair, it does not show which answers were right.',
} as const;
