/**
 * The starting text of each activity type `workmentor new` adds: valid, commented in plain words
 * for an author, and passing the build's content checks (build/content/) as written, so a new
 * activity builds at once and the author replaces the example text. Each is one list entry of
 * `activities:` in module.yaml, without its leading `- `.
 *
 * The dialogue meets the course standard in docs/content-guide.md (at least 4 decision points on
 * the longest path and 3 on every path, a positive, a mixed and a negative ending) and the cue
 * checks: 3 choices at every point, the best choice never the longest, no poor choice leading
 * where the best one does, and the positive ending reached only by choosing well throughout.
 * The certificate's issuer is a placeholder the author must replace: nothing in course.yaml names
 * who issues it.
 */

import { stringify } from 'yaml';

export type ActivityKind = 'dialogue' | 'quiz' | 'exercise' | 'reflection' | 'certificate';

export interface ActivityOptions {
  id: string;
  /** The other person's name: a name from cast.yaml when the course has one, so the build finds their face. */
  learnerName: string;
}

export function activityTemplate(kind: ActivityKind, options: ActivityOptions): string {
  // Written below as the entry sits in module.yaml (`  - id: ...`, fields at 4 spaces); returned
  // without that indent, for yaml-insert.ts to indent as the file's own list is.
  const [first, ...rest] = { dialogue, quiz, exercise, reflection, certificate }[kind](options).trimEnd().split('\n');
  return [first, ...rest.map((line) => line.replace(/^ {4}/, ''))].join('\n') + '\n';
}

interface ChoiceText {
  id: string;
  text: string;
  quality: 'good' | 'acceptable' | 'poor';
  feedback: string;
  next: string;
}

const SCORE = { good: 2, acceptable: 1, poor: 0 } as const;
const quote = (text: string): string => `'${text.replace(/'/g, "''")}'`;

function node(id: string, line: string, choices: ChoiceText[]): string {
  return [
    `  - id: ${id}`,
    '    lines:',
    '      - speaker: learner',
    `        text: ${quote(line)}`,
    '    choices:',
    ...choices.flatMap((c) => [
      `      - id: ${c.id}`,
      `        text: ${quote(c.text)}`,
      `        quality: ${c.quality}`,
      `        score: ${SCORE[c.quality]}`,
      `        feedback: ${quote(c.feedback)}`,
      `        next: ${c.next}`,
    ]),
  ].join('\n');
}

function dialogue({ id, learnerName }: ActivityOptions): string {
  const nodes = [
    node('first-question', "Good morning. I wasn't sure where to go, so I waited at the gate.", [
      { id: 'welcome-and-ask', text: '"Welcome! Good that you waited. What do you already know about the job?"', quality: 'good', feedback: 'You make them feel expected and start from what they know.', next: 'open-up' },
      { id: 'tour-first', text: '"Welcome. Let me show you round first, and then we will talk about what you already know."', quality: 'acceptable', feedback: 'A tour helps, but they stay a visitor until you ask about them.', next: 'guarded' },
      { id: 'start-working', text: '"There you are. Put on these gloves and start over there."', quality: 'poor', feedback: 'Work without a welcome tells them they are just an extra pair of hands.', next: 'guarded' },
    ]),
    node('open-up', 'I did a week of work experience here last year, but only in the shop.', [
      { id: 'build-on-it', text: '"Then you know our customers. Today I will show you the stockroom."', quality: 'good', feedback: 'You build on what they know, so the new part feels smaller.', next: 'first-task' },
      { id: 'explain-all', text: '"Good. First I will explain how the whole company works, so that you have the full picture."', quality: 'acceptable', feedback: 'The full picture is a lot at once on the first morning.', next: 'second-chance' },
      { id: 'ignore-it', text: '"That does not count here. Everything is different in the back."', quality: 'poor', feedback: 'Brushing off their experience makes them keep quiet next time.', next: 'shut-down' },
    ]),
    node('first-task', 'OK. What do I do first?', [
      { id: 'show-tell-do', text: '"Watch me do one shelf. Then you do the next one while I watch."', quality: 'good', feedback: 'Show, then let them do it while you watch: they learn by doing, safely.', next: 'check-back' },
      { id: 'written-list', text: '"Here is a written list of the steps. Read it, and ask me if anything is unclear."', quality: 'acceptable', feedback: 'A list helps later, but on day one seeing it done works better.', next: 'second-chance' },
      { id: 'just-do-it', text: '"Just fill the shelves. It is not difficult."', quality: 'poor', feedback: 'Without showing how, you leave them to guess and to fail.', next: 'shut-down' },
    ]),
    node('check-back', 'Is this right? I put the new stock at the back.', [
      { id: 'praise-specific', text: '"Yes: new stock at the back, so the old sells first. Well spotted."', quality: 'good', feedback: 'Praise that names what was right tells them what to keep doing.', next: 'ending-good-start' },
      { id: 'praise-general', text: '"Looks fine. Carry on like that, and call me when you have done the whole shelf."', quality: 'acceptable', feedback: 'Kind, but they do not learn what exactly was right.', next: 'ending-slow-start' },
      { id: 'redo-silently', text: '(You redo the shelf yourself without a word.)', quality: 'poor', feedback: 'Redoing their work in silence says "you cannot do this".', next: 'ending-bad-start' },
    ]),
    node('guarded', '(nods and says nothing)', [
      { id: 'ask-open', text: '"How do you feel about today? Is there anything you want to ask me?"', quality: 'good', feedback: 'An open question gives them room to speak up.', next: 'second-chance' },
      { id: 'explain-day', text: '"Today you will shadow me. At the end of the day we have a short talk about how it went."', quality: 'acceptable', feedback: 'A clear plan calms them, but you still do not know how they are.', next: 'second-chance' },
      { id: 'carry-on', text: '"Right. Follow me and keep up."', quality: 'poor', feedback: 'They are already unsure; hurrying them on closes them up.', next: 'shut-down' },
    ]),
    node('second-chance', 'I was a bit nervous. Where do I start?', [
      { id: 'small-task', text: '"Start with one shelf, together with me. I will show you first."', quality: 'good', feedback: 'A small task done together turns nerves into a first success.', next: 'ending-slow-start' },
      { id: 'read-handbook', text: '"Read the staff handbook this morning. We will start on the shelves after lunch."', quality: 'acceptable', feedback: 'Reading is safe, but a whole morning without doing anything drags.', next: 'ending-slow-start' },
      { id: 'blame', text: '"You should have asked earlier."', quality: 'poor', feedback: 'Blame for being nervous teaches them not to say so.', next: 'ending-bad-start' },
    ]),
    node('shut-down', '(quietly) OK.', [
      { id: 'repair', text: '"I was short with you. Let us start again: what do you want to learn here?"', quality: 'good', feedback: 'Owning your tone and asking again repairs a lot.', next: 'ending-slow-start' },
      { id: 'talk-later', text: '"We will talk at the end of the day about how it went and what you need from me."', quality: 'acceptable', feedback: 'Later may be too late: they spend the day feeling unwelcome.', next: 'ending-bad-start' },
      { id: 'walk-off', text: '(You walk off to answer the phone.)', quality: 'poor', feedback: 'Leaving now confirms that nobody has time for them.', next: 'ending-bad-start' },
    ]),
  ];
  return `id: ${id}
    type: dialogue
    title: The first morning              # shown in the menu; at most 80 characters
    # Where and when the scene plays, and what has happened so far. Say who the learner plays.
    scene: >-
      The first morning of a new apprentice in a shop. You are Sam, their mentor, and you meet
      them at the staff entrance.
    sector: Retail                        # a short tag for the workplace; at most 60 characters
    # Everyone in the conversation. The learner plays one of them (\`player\`), who has no lines.
    # role is one of: apprentice, intern, mentor, school-supervisor, trajectory-coach, employer,
    # teacher, job-coach, colleague, customer, parent.
    cast:
      - id: mentor
        name: Sam
        role: mentor
      - id: learner
        name: ${stringify(learnerName).trim()}  # a person in cast.yaml, if the course has one (their face)
        role: apprentice
        description: 16, first day of the apprenticeship.
    player: mentor                        # the cast id the learner plays
    start: first-question                 # the node the conversation starts at
    # Each node: what the others say (lines), then 2 to 4 choices for the learner, or an ending.
    # A choice has: what the learner says (text, at most 200 characters), how good it is
    # (quality: good, acceptable or poor), points (score: 0-10, the good choice highest),
    # feedback that explains WHY, and the node it leads to (next).
    # Keep the good choice from being the longest: learners must not find it by its length.
    # A poor choice needs a consequence of its own: never lead it where the good choice leads.
    nodes:
${nodes.map((n) => n.replace(/^/gm, '    ')).join('\n')}
      # Endings: a node with \`ending\` instead of choices. Only choosing well all the way may
      # reach the positive ending; a repaired conversation ends mixed.
      - id: ending-good-start
        ending:
          outcome: positive               # positive, mixed or negative
          title: A good start
          debrief: >-
            You welcomed them, built on what they knew and let them try with you beside them.
            That is how a first day becomes a first success.
      - id: ending-slow-start
        ending:
          outcome: mixed
          title: A slow start
          debrief: >-
            The day ended well enough, but it took longer than it needed to. Ask early, show
            first, and let them do it while you watch.
      - id: ending-bad-start
        ending:
          outcome: negative
          title: A bad start
          debrief: >-
            They went home unsure they are welcome. A first day sets the tone: welcome them, ask
            what they know, and show before you ask them to do.
`;
}

function quiz({ id }: ActivityOptions): string {
  return `id: ${id}
    type: quiz
    title: "Check: the first day"         # quote text that contains ": "
    intro: Three questions. You can try as often as you like.
    weight: 0                             # 0: does not count in the course score (only a final assessment does)
    passMark: 75                          # percent of the questions right to pass
    attempts: 0                           # 0 = as many attempts as the learner likes
    shuffle: true                         # questions and options in a new order each attempt
    # Every question scores 1 point, all or nothing. kind is one of: single-choice,
    # multiple-response, true-false, matching, ordering, fill-in (see docs/content-guide.md).
    # Feedback explains why, for a right and for a wrong answer.
    items:
      - id: first-step
        kind: single-choice
        prompt: What do you do first when a new apprentice arrives?
        options:                          # 2 to 8; each at most 160 characters
          - id: welcome
            text: Welcome them and ask what they already know
          - id: rules
            text: Hand them the house rules to read
          - id: task
            text: Give them a task straight away
        correct: welcome                  # the id of the right option
        feedback:
          correct: Right. Starting from what they know makes the new part smaller.
          incorrect: Welcome them first and ask what they know; rules and tasks come after that.
      - id: show-first
        kind: true-false
        prompt: On the first day, showing a task before the learner tries it works better than a written list.
        correct: true
        feedback:
          correct: Right. Seeing it done, then doing it with you watching, is how people learn a task.
          incorrect: It is true. A list helps later, but seeing the task done comes first.
      - id: good-praise
        kind: multiple-response
        prompt: Which reactions tell the learner what exactly they did well? Choose all that apply.
        options:
          - id: named
            text: '"New stock at the back, so the old sells first. Well spotted."'
          - id: steps
            text: '"You checked the dates before you filled the shelf. Keep doing that."'
          - id: vague
            text: '"Looks fine."'
        correct: [named, steps]           # the ids of every right option
        feedback:
          correct: Right. Both name what was done well, so the learner knows what to keep doing.
          incorrect: Praise that names the action tells the learner what to keep doing; "looks fine" does not.
`;
}

function exercise({ id }: ActivityOptions): string {
  return `id: ${id}
    type: feedback-exercise
    title: Feedback on a first shelf      # at most 80 characters
    # The situation, then a piece of the learner's work to give feedback on.
    situation: Robin, 16, filled a shelf alone for the first time and asks what you think.
    sample:
      title: "Robin's shelf: notes"
      text: |-
        Filled the shelf with milk.
        New cartons at the front.
        Took 40 minutes.
    # The learner writes feedback (kept in their portfolio, not scored) ...
    write:
      prompt: Write the feedback you would give Robin.
      maxLength: 800                      # characters the learner may write
    # ... and sorts given reactions into categories (this part is scored).
    # Keep statements of about the same length in every category, or length gives the answer away.
    sort:
      prompt: Which reactions help Robin do better next time?
      categories:                         # 2 to 5; each label at most 60 characters
        - id: helpful
          label: Helps Robin improve
        - id: unhelpful
          label: Does not help Robin
      statements:                         # 2 to 12; each at most 200 characters
        - id: name-the-rule
          text: '"Old stock goes to the front, so it sells first. Can you swap them?"'
          category: helpful
          explanation: It names what to change and why, and lets Robin do it.
        - id: ask-time
          text: '"What took the most time? Let us look at it together."'
          category: helpful
          explanation: It looks for the cause with Robin instead of judging the speed.
        - id: too-slow
          text: '"Forty minutes is far too slow for one shelf like this."'
          category: unhelpful
          explanation: It judges without saying how to be quicker.
        - id: fine
          text: '"Fine, whatever. I will fix the shelf later myself."'
          category: unhelpful
          explanation: Robin learns nothing and loses the chance to fix it.
    # The learner rates their own written feedback against these criteria.
    rubric:
      prompt: Rate your own feedback.
      levels:                             # weakest first; each label at most 40 characters
        - id: not-yet
          label: Not yet
        - id: partly
          label: Partly
        - id: fully
          label: Fully
      criteria:
        - id: names-good
          text: I name what Robin already did well.
        - id: one-change
          text: I name one change and why it matters.
    # A model answer the learner compares their own with.
    model: >-
      "You filled the whole shelf on your own, and neatly. One thing: put the new cartons at the
      back, so the older ones sell first. Shall we swap them together?"
`;
}

function reflection({ id }: ActivityOptions): string {
  return `id: ${id}
    type: reflection
    title: "Reflection: your first day as a mentor"   # at most 80 characters
    # Open questions the learner answers in their own words. The answers go into their
    # portfolio of evidence (and the LMS, as free text); they are never scored.
    intro: Your answers go into your portfolio of evidence. Be honest and concrete.
    prompts:                              # 1 to 6
      - id: own-first-day
        text: Think of your own first day at work. What helped you most, and what will you do the same way for your learner?
        # Shown under the question: what a good answer touches on.
        hint: Name one thing someone did or said, and when you will do it for your learner.
        maxLength: 800                    # characters the learner may write: 20 to 4000 (500 if left out)
      - id: first-question
        text: Which question will you ask your learner on their first morning, and why that one?
        hint: Write the question as you would say it.
        maxLength: 500
`;
}

function certificate({ id }: ActivityOptions): string {
  return `id: ${id}
    type: certificate
    title: Your certificate               # shown in the menu; at most 80 characters
    # Shown once the course is complete and mastered, with the learner's name, the date, the
    # competences the course covers and a code a school can check. A course has one; it is
    # usually the last activity of the last module.
    heading: Workplace Mentor Certificate
    statement: >-
      has completed the training for workplace mentors.
    # A package of this module alone (\`workmentor build --split modules\`) proves less than the
    # whole course. Say what it proves here; without moduleStatement, such a package leaves the
    # certificate out.
    # moduleStatement: has passed the final assessment of the training for workplace mentors.
    issuer: The name of your school or company   # who issues the certificate
`;
}
