/**
 * A live session's xAPI statements: written once per round at its reveal, one per vote, on the
 * same activities and in the same format as the course packages (checked against the packages'
 * own mapping and the LRS's own validator), read by the dashboard as the answers they are, and
 * with nothing that ties a wall entry to a participant.
 */
import { describe, expect, it } from 'vitest';
import type { CourseData, ModuleData } from '../../course/schema/course-data.ts';
import { activityIri, moduleIri } from '../../build/targets/activity-iri.ts';
import { xapiStatements } from '../../components/src/tracking/xapi/xapi-mapping.ts';
import { readStatement } from '../analytics/projection/read-statement.ts';
import { validateStatement } from '../xapi/statement-validation.ts';
import { liveModule, testContext } from './live-module.test-support.ts';
import { LIVE_EXTENSIONS, type LiveStatement, liveStatements, type LiveStatementOptions } from './live-statements.ts';
import { hashRejoinToken } from './rejoin-token.ts';
import type { CommandInput } from './session-commands.ts';
import { apply, type LiveContext, newSession } from './session-machine.ts';
import type { LiveSession, PlanStep, RecordAs } from './session-schema.ts';

const SESSION_ID = '0d5a7c52-3f1e-4b8a-9c2d-7e6f5a4b3c21';
const BASE_IRI = 'https://workmentor.example.org/xapi/course';
const HOME = 'https://lrs.example.org/live';
const ATTEMPT = 'https://workmentor.example.org/xapi/extensions/attempt';
const CHOICE_QUALITY = 'https://workmentor.example.org/xapi/extensions/choice-quality';

const choose = (participantId: string, choiceId: string): CommandInput => ({ type: 'vote', participantId, choice: { kind: 'choice', choiceId } });
const pick = (participantId: string, optionId: string): CommandInput => ({ type: 'vote', participantId, choice: { kind: 'option', optionId } });
const tick = (participantId: string, ...optionIds: string[]): CommandInput => ({ type: 'vote', participantId, choice: { kind: 'options', optionIds } });

function options(overrides: Partial<LiveStatementOptions> = {}): LiveStatementOptions {
  let ids = 0;
  return {
    baseIri: BASE_IRI,
    courseVersion: '2.1.0',
    actorHomePage: HOME,
    now: () => '2026-03-02T10:00:00.000Z',
    newId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
    ...overrides,
  };
}

/** A session the routes could have made (a UUID id), driven command by command, collecting what each wrote. */
class Room {
  state: LiveSession;
  readonly ids: Record<string, string> = {};
  readonly written: LiveStatement[][] = [];
  private readonly context: LiveContext;
  private readonly options: LiveStatementOptions;

  constructor(names: string[], recordAs: RecordAs = 'anonymous', statementOptions = options(), module: ModuleData = liveModule, plan?: PlanStep[]) {
    this.context = testContext(module);
    const made = newSession({ id: SESSION_ID, joinCode: 'KMP-7RX', facilitator: 'lotte', module, locale: 'en', recordAs, now: this.context.now(), ...(plan ? { plan } : {}) });
    if ('error' in made) throw new Error(made.error.message);
    this.state = made.state;
    this.options = statementOptions;
    for (const name of names) {
      this.run({ type: 'join', displayName: name, tokenHash: hashRejoinToken(`token-${name}`) });
      this.ids[name] = this.state.participants.at(-1)!.id;
    }
  }

  /** Applies the commands; returns the statements written by all of them. */
  run(...commands: CommandInput[]): LiveStatement[] {
    const all: LiveStatement[] = [];
    for (const command of commands) {
      const applied = apply(this.state, command, this.context);
      if ('error' in applied) throw new Error(`${command.type}: ${applied.error.code}`);
      const statements = liveStatements(this.state, applied.state, applied.events, this.context.module, this.options);
      this.state = applied.state;
      this.written.push(statements);
      all.push(...statements);
    }
    return all;
  }

  vote(name: string, choiceId: string) {
    return choose(this.ids[name]!, choiceId);
  }
}

/** The live module as course data, for the packages' own mapping. */
const course = { id: 'workmentor', version: '2.1.0', title: 'WORKMENTOR', baseIri: BASE_IRI, locale: 'en', modules: [liveModule] } as unknown as CourseData;

function valid(statement: LiveStatement): void {
  expect(() => validateStatement(JSON.parse(JSON.stringify(statement)), '1.0.3')).not.toThrow();
}

describe('liveStatements: dialogue votes', () => {
  it('writes one anonymous `answered` per vote at the reveal, on the node the packages answer', () => {
    const room = new Room(['Ann', 'Bo', 'Cy']);
    expect(room.run({ type: 'start' }, room.vote('Ann', 'ask'), room.vote('Bo', 'tell'), room.vote('Cy', 'ask'))).toEqual([]);
    const statements = room.run({ type: 'reveal' });
    expect(statements).toHaveLength(3);
    const votes = room.state.decision!.rounds[0]!.votes;
    statements.forEach((statement, i) => {
      valid(statement);
      expect(statement.actor).toEqual({ objectType: 'Agent', account: { homePage: HOME, name: votes[i]!.participantId } });
      expect(statement.verb.id).toBe('http://adlnet.gov/expapi/verbs/answered');
      expect(statement.object.id).toBe(`${activityIri(course, 'feedback', 'late-again')}/start`);
      expect(statement.timestamp).toBe(votes[i]!.at);
    });
    expect(statements.map((statement) => statement.result?.response)).toEqual(['ask', 'tell', 'ask']);
    expect(JSON.stringify(statements)).not.toMatch(/Ann|"Bo"|"Cy"/);
  });

  it('is the packages’ own statement for that choice, plus who and where', () => {
    const room = new Room(['Ann']);
    const [statement] = room.run({ type: 'start' }, room.vote('Ann', 'tell'), { type: 'reveal' });
    const vote = room.state.decision!.rounds[0]!.votes[0]!;
    const [packaged] = xapiStatements(
      { type: 'choice-made', at: vote.at, moduleId: 'feedback', activityId: 'late-again', nodeId: 'start', choiceId: 'tell', quality: 'poor', score: 0 },
      { actor: { account: { homePage: 'https://lms.example.org', name: 'learner' } }, courseIri: BASE_IRI, course, registration: SESSION_ID },
    );
    expect(statement!.object).toEqual(packaged!.object);
    expect(statement!.object.definition).toMatchObject({
      type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
      interactionType: 'choice',
      choices: [
        { id: 'ask', description: { en: 'What happened?' } },
        { id: 'tell', description: { en: 'Third time this week.' } },
      ],
    });
    expect(statement!.result).toEqual(packaged!.result);
    expect(statement!.result).toMatchObject({ response: 'tell', extensions: { [CHOICE_QUALITY]: 'poor' } });
    const { instructor, team, extensions, ...packagedContext } = statement!.context;
    expect(packagedContext).toEqual(packaged!.context);
    expect(statement!.context).toMatchObject({
      registration: SESSION_ID,
      language: 'en',
      revision: '2.1.0',
      contextActivities: {
        parent: [{ id: activityIri(course, 'feedback', 'late-again') }],
        grouping: [{ id: moduleIri(course, 'feedback') }, { id: BASE_IRI }],
      },
    });
    expect(instructor).toEqual({ objectType: 'Agent', account: { homePage: HOME, name: 'lotte' } });
    expect(team).toEqual({ objectType: 'Group', name: 'Live session KMP-7RX', account: { homePage: HOME, name: `session:${SESSION_ID}` } });
    expect(extensions).toEqual({ [LIVE_EXTENSIONS.round]: 1, [LIVE_EXTENSIONS.session]: 'KMP-7RX' });
    expect(LIVE_EXTENSIONS).toEqual({
      round: 'https://workmentor.example.org/xapi/extensions/live-round',
      session: 'https://workmentor.example.org/xapi/extensions/live-session',
    });
  });

  it('names participants when the session records them by name', () => {
    const room = new Room(['Ann de Vries', '<b>Bo</b>'], 'named');
    const statements = room.run({ type: 'start' }, room.vote('Ann de Vries', 'ask'), room.vote('<b>Bo</b>', 'tell'), { type: 'reveal' });
    expect(statements.map((statement) => statement.actor)).toEqual([
      { objectType: 'Agent', name: 'Ann de Vries', account: { homePage: HOME, name: room.ids['Ann de Vries'] } },
      { objectType: 'Agent', name: '<b>Bo</b>', account: { homePage: HOME, name: room.ids['<b>Bo</b>'] } },
    ]);
    statements.forEach(valid);
  });

  it('writes only the last vote of a participant who changed their mind before the reveal', () => {
    const room = new Room(['Ann', 'Bo']);
    const statements = room.run({ type: 'start' }, room.vote('Ann', 'tell'), room.vote('Bo', 'tell'), room.vote('Ann', 'ask'), { type: 'reveal' });
    expect(statements.map((statement) => [statement.actor.account!.name, statement.result?.response])).toEqual([
      [room.ids.Bo, 'tell'],
      [room.ids.Ann, 'ask'],
    ]);
  });

  it('writes round 1 at its reveal and round 2 at the re-vote’s, each with its round', () => {
    const room = new Room(['Ann', 'Bo', 'Cy']);
    const round1 = room.run({ type: 'start' }, room.vote('Ann', 'tell'), room.vote('Bo', 'tell'), room.vote('Cy', 'ask'), { type: 'reveal' });
    expect(room.run({ type: 'revote' }, room.vote('Ann', 'ask'), room.vote('Bo', 'tell'))).toEqual([]);
    const round2 = room.run({ type: 'reveal' });
    expect(round1.map((statement) => statement.context.extensions?.[LIVE_EXTENSIONS.round])).toEqual([1, 1, 1]);
    expect(round2.map((statement) => [statement.context.extensions?.[LIVE_EXTENSIONS.round], statement.result?.response])).toEqual([
      [2, 'ask'],
      [2, 'tell'],
    ]);
    const following = room.run({ type: 'follow' }, room.vote('Ann', 'agree'), { type: 'reveal' });
    expect(following.map((statement) => [statement.object.id.split('/').at(-1), statement.context.extensions?.[LIVE_EXTENSIONS.round]])).toEqual([['listen', 1]]);
    const ids = room.written.flat().map((statement) => statement.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('writes nothing for a round that was never revealed', () => {
    const room = new Room(['Ann']);
    expect(room.run({ type: 'start' }, room.vote('Ann', 'ask'), { type: 'end' })).toEqual([]);
  });
});

describe('liveStatements: quiz items', () => {
  /** The room at the single-choice item, by the dialogue's quickest ending. */
  function atQuiz(names = ['Ann', 'Bo']) {
    const room = new Room(names);
    room.run({ type: 'start' }, room.vote(names[0]!, 'tell'), { type: 'reveal' }, { type: 'follow', choiceId: 'tell' }, { type: 'next' });
    return room;
  }

  it('says whether each vote was right, in the packages’ format, with the round as the attempt', () => {
    const room = atQuiz();
    const statements = room.run(pick(room.ids.Ann!, 'b'), pick(room.ids.Bo!, 'a'), { type: 'reveal' });
    expect(statements.map((statement) => [statement.result?.response, statement.result?.success])).toEqual([
      ['b', true],
      ['a', false],
    ]);
    const [first] = statements;
    valid(first!);
    expect(first!.object).toMatchObject({
      id: `${activityIri(course, 'feedback', 'check')}/q-single`,
      definition: { interactionType: 'choice', name: { en: 'Which comes first?' }, correctResponsesPattern: ['b'], choices: [{ id: 'a', description: { en: 'A' } }, { id: 'b' }, { id: 'c' }] },
    });
    expect(first!.context.extensions).toEqual({ [ATTEMPT]: 1, [LIVE_EXTENSIONS.round]: 1, [LIVE_EXTENSIONS.session]: 'KMP-7RX' });
    const vote = room.state.decision!.rounds[0]!.votes[0]!;
    const [packaged] = xapiStatements(
      { type: 'quiz-item-answered', at: vote.at, moduleId: 'feedback', activityId: 'check', itemId: 'q-single', kind: 'single-choice', response: { kind: 'single-choice', option: 'b' }, correct: true, attempt: 1 },
      { actor: { account: { homePage: HOME, name: 'x' } }, courseIri: BASE_IRI, course, registration: SESSION_ID },
    );
    expect(first!.object).toEqual(packaged!.object);
    expect(first!.result).toEqual(packaged!.result);
  });

  it('joins a multiple-response answer with [,] and judges the whole set', () => {
    const room = atQuiz(['Ann', 'Bo', 'Cy']);
    room.run({ type: 'reveal' }, { type: 'next' });
    const statements = room.run(tick(room.ids.Ann!, 'c', 'a'), tick(room.ids.Bo!, 'a'), tick(room.ids.Cy!, 'a', 'b', 'c'), { type: 'reveal' });
    expect(statements.map((statement) => [statement.result?.response, statement.result?.success])).toEqual([
      ['a[,]c', true],
      ['a', false],
      ['a[,]b[,]c', false],
    ]);
    expect(statements[0]!.object.definition?.correctResponsesPattern).toEqual(['a[,]c']);
    statements.forEach(valid);
  });

  it('writes at the reveal that holds the answer back, not again when the answer is shown', () => {
    const room = atQuiz();
    expect(room.run(pick(room.ids.Ann!, 'b'), { type: 'reveal', withholdAnswer: true })).toHaveLength(1);
    expect(room.run({ type: 'reveal' })).toEqual([]);
    expect(room.state.decision!.answerShown).toBe(true);
  });

  it('writes the re-vote after a withheld answer as round 2 (attempt 2), and nothing at the answer shown after it', () => {
    const room = atQuiz();
    room.run(pick(room.ids.Ann!, 'a'), pick(room.ids.Bo!, 'a'), { type: 'reveal', withholdAnswer: true }, { type: 'revote' }, pick(room.ids.Ann!, 'b'));
    const round2 = room.run({ type: 'reveal', withholdAnswer: true });
    expect(round2.map((statement) => [statement.result?.response, statement.result?.success, statement.context.extensions?.[ATTEMPT], statement.context.extensions?.[LIVE_EXTENSIONS.round]])).toEqual([
      ['b', true, 2, 2],
    ]);
    expect(room.run({ type: 'reveal' })).toEqual([]);
  });

  it('answers a true-false item as the packages do: its own interaction type, `true` or `false`', () => {
    const withTrueFalse: ModuleData = {
      ...liveModule,
      activities: liveModule.activities.map((activity) =>
        activity.type === 'quiz' && activity.id === 'check'
          ? { ...activity, items: [...activity.items, { id: 'q-true', kind: 'true-false', prompt: 'Is it true?', feedback: { correct: 'Yes.', incorrect: 'No.' }, correct: false }] }
          : activity,
      ),
    };
    const room = new Room(['Ann', 'Bo'], 'anonymous', options(), withTrueFalse, [{ kind: 'quiz-item', activityId: 'check', itemId: 'q-true' }]);
    const vote = (name: string, value: boolean): CommandInput => ({ type: 'vote', participantId: room.ids[name]!, choice: { kind: 'true-false', value } });
    const statements = room.run({ type: 'start' }, vote('Ann', false), vote('Bo', true), { type: 'reveal' });
    expect(statements.map((statement) => [statement.result?.response, statement.result?.success])).toEqual([
      ['false', true],
      ['true', false],
    ]);
    expect(statements[0]!.object).toMatchObject({ id: `${BASE_IRI}/feedback/check/q-true`, definition: { interactionType: 'true-false', correctResponsesPattern: ['false'] } });
    statements.forEach(valid);
  });
});

describe('liveStatements: the reflection wall', () => {
  function atWall() {
    const room = new Room(['Ann', 'Bo'], 'named');
    room.run({ type: 'start' }, room.vote('Ann', 'tell'), { type: 'reveal' }, { type: 'follow' }, { type: 'next' }, { type: 'reveal' }, { type: 'next' }, { type: 'reveal' }, { type: 'next' });
    return room;
  }

  it('writes an entry as the session’s, never a participant’s, with the text as the response', () => {
    const room = atWall();
    const [statement, ...more] = room.run({ type: 'submit', participantId: room.ids.Ann!, text: 'I said it\nright away.' });
    expect(more).toEqual([]);
    valid(statement!);
    const entry = room.state.wall[0]!;
    expect(statement).toMatchObject({
      actor: { objectType: 'Group', name: 'Live session KMP-7RX', account: { homePage: HOME, name: `session:${SESSION_ID}` } },
      verb: { id: 'http://adlnet.gov/expapi/verbs/responded' },
      object: { id: activityIri(course, 'feedback', 'looking-back'), definition: { name: { en: 'Looking back' } } },
      result: { response: 'I said it\nright away.', extensions: { 'https://workmentor.example.org/xapi/extensions/answers': { 'p-moment': 'I said it\nright away.' } } },
      context: { registration: SESSION_ID, team: { objectType: 'Group' }, instructor: { account: { name: 'lotte' } } },
      timestamp: entry.at,
    });
    expect(statement!.context.extensions).toEqual({ [LIVE_EXTENSIONS.session]: 'KMP-7RX' });
    expect(JSON.stringify(statement)).not.toMatch(new RegExp(`Ann|${room.ids.Ann}`));
    expect(room.run({ type: 'moderate', entryId: entry.id, state: 'shown' })).toEqual([]);
  });
});

describe('liveStatements: what the dashboard reads from them', () => {
  const known = { isCourse: () => false, moduleOf: () => undefined };
  const read = (statement: LiveStatement) => readStatement(JSON.stringify(statement), '2026-03-02T10:00:00.000Z', known);

  it('reads a dialogue vote as a choice, a quiz vote as an item response, the session as the cohort, and skips the wall', () => {
    const room = new Room(['Ann'], 'named');
    const [choice] = room.run({ type: 'start' }, room.vote('Ann', 'tell'), { type: 'reveal' });
    const [response] = room.run({ type: 'follow' }, { type: 'next' }, pick(room.ids.Ann!, 'b'), { type: 'reveal' });
    const [wall] = room.run({ type: 'next' }, { type: 'reveal' }, { type: 'next' }, { type: 'submit', participantId: room.ids.Ann!, text: 'Mine' });
    expect(read(choice!)).toMatchObject({
      kind: 'placed',
      level: 'part',
      module: 'feedback',
      activity: 'late-again',
      learner: { ifi: `account|${HOME}|${room.ids.Ann}`, name: 'Ann' },
      cohort: 'Live session KMP-7RX',
      answer: { kind: 'choice', node: 'start', choice: 'tell', quality: 'poor' },
    });
    expect(read(response!)).toMatchObject({ kind: 'placed', answer: { kind: 'response', item: 'q-single', success: true, response: 'b', attempt: 1 } });
    expect(read(wall!)).toEqual({ kind: 'skipped', why: 'actor is not an identified Agent' });
  });
});

describe('liveStatements: options and mistakes', () => {
  it('puts the LMS’s course IRI last in the grouping when given, keeping activity IRIs on the base IRI', () => {
    const room = new Room(['Ann'], 'anonymous', options({ courseIri: 'https://lms.example.org/course/42', courseVersion: undefined }));
    const [statement] = room.run({ type: 'start' }, room.vote('Ann', 'ask'), { type: 'reveal' });
    expect(statement!.object.id).toBe(`${BASE_IRI}/feedback/late-again/start`);
    expect(statement!.context.contextActivities?.grouping?.map((activity) => activity.id)).toEqual([`${BASE_IRI}/feedback`, 'https://lms.example.org/course/42']);
    expect(statement!.context).not.toHaveProperty('revision');
  });

  it('refuses a session id that is not a UUID, and ids from newId that are not', () => {
    const context = testContext();
    const made = newSession({ id: 'session-1', joinCode: 'KMP-7RX', facilitator: 'lotte', module: liveModule, locale: 'en', now: context.now() });
    if ('error' in made) throw new Error('not made');
    expect(() => liveStatements(made.state, made.state, [], liveModule, options())).toThrowError(/live session id "session-1" is not a UUID/);
    const room = new Room(['Ann'], 'anonymous', options({ newId: () => 'id-1' }));
    expect(() => room.run({ type: 'start' }, room.vote('Ann', 'ask'), { type: 'reveal' })).toThrowError(/newId\(\) gave "id-1", not a UUID/);
  });

  it('refuses module data of another module', () => {
    const room = new Room([]);
    expect(() => liveStatements(room.state, room.state, [], { ...liveModule, id: 'other' }, options())).toThrowError(/is not the module of live session/);
  });
});
