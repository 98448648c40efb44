/**
 * Words of a live session's printable summary (lrs-stub/live/summary-page.ts), English, the
 * source locale. The LRS renders the page on the server, so these are not part of the course
 * player's or the dashboard's i18next resources; `locale` is the page's `lang`. Placeholders
 * are filled as i18next would fill them (`{{name}}`), without plurals: every count stands beside
 * a label, so no sentence changes with a number.
 */
export const liveExport = {
  locale: 'en',
  title: 'Live session: {{module}}',
  date: 'Date',
  joinCode: 'Join code',
  participants: 'Participants',
  step: 'Step {{number}}: {{title}}',
  kinds: { dialogue: 'Conversation', 'quiz-item': 'Quiz question' },
  votes: 'Votes',
  answer: 'Answer',
  round: 'Round {{round}}',
  voters: 'Voted',
  true: 'True',
  false: 'False',
  marks: { followed: 'followed', right: 'right answer' },
  mostVotes: 'Most votes',
  tie: '{{choices}} (a tie)',
  noVotes: 'Nobody voted.',
  left: 'What the room did',
  leftBy: {
    majority: 'Followed the majority: “{{choice}}”',
    facilitator: 'Followed the facilitator’s choice: “{{choice}}”',
    next: 'Went on to the next step',
    back: 'Went back to the previous decision',
    end: 'The session ended here',
    open: 'Still open',
  },
  rightAnswer: 'Right answer',
  answerNotShown: '(not shown to the room)',
  votedRight: 'Exactly right in the last round',
  ofVoters: '{{count}} of {{total}}',
  moves: 'How the room moved',
  noVote: 'no vote',
  noDecisions: 'The room voted on nothing in this session.',
  wall: 'Reflection wall',
  wallIntro: 'The anonymous answers the facilitator showed to the room.',
  noEntries: 'No answers were shown.',
} as const;
