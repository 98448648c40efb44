/** Interface text for reflections (English, the source locale). */
export const reflection = {
  save: 'Save to my portfolio',
  saved: 'Saved to your portfolio. You can still change your answers; changes are kept as you type.',
  answerFirst: 'Write an answer to this question.',
  missing_one: '{{count}} question has no answer yet.',
  missing_other: '{{count}} questions have no answer yet.',
  download: 'Download my answers',
  noAnswer: '(no answer)',
  /** Used inside the downloaded text file. */
  fileQuestion: 'Question',
  fileAnswer: 'Answer',
  fileSavedOn: 'Downloaded on {{date}}',
} as const;
