/**
 * Learner events as xAPI statements: a pure function, so every statement the course can send
 * is checked in plain unit tests and against the xAPI JSON schema (tests/contracts).
 *
 * Activity IRIs are `<baseIri>/<module-id>/<activity-id>[/<item-id>]`, built from content ids
 * that never change, so an LRS keeps a learner's history across rebuilds. Definitions (names,
 * interaction types, choices, correct responses) come from the course data in the learner's
 * language when the adapter has it. A statement's id is a v5 UUID of the registration, the
 * actor, its position among the event's statements and the event itself: a resend is the same
 * statement, and the LRS keeps it once.
 */
import type { CourseData, ModuleData } from '../../../../course/schema/course-data.ts';
import type { LearnerEvent } from '../learner-event.ts';
import type { QuizResponse } from '../../runtime/progress.ts';
import { nameUuid } from './name-uuid.ts';
import { ACTIVITY_TYPES, EXTENSIONS, verbId, type VerbName } from './xapi-vocabulary.ts';
import type { Activity, ActivityDefinition, Agent, Context, Extensions, InteractionComponent, LanguageMap, Result, Score, Statement } from './xapi-statement.ts';

export interface XapiMappingContext {
  actor: Agent;
  registration?: string;
  /** The course's activity IRI (the LMS's `activity_id`, else the course's `baseIri`). */
  courseIri: string;
  /** The course in the learner's language; without it statements carry ids, not definitions. */
  course?: CourseData;
  /** `resume` adds a `resumed` statement to `initialized`. */
  entry?: 'ab-initio' | 'resume';
  /** When this session started (ISO 8601): durations of completed/suspended/terminated count from it. */
  sessionStart?: string;
  /** When each activity (`<module-id>/<activity-id>`) was last opened this session, for its duration. */
  opened?: Record<string, string>;
}

type Draft = { verb: VerbName; object: Activity; result?: Result; context?: Context };

export function xapiStatements(event: LearnerEvent, ctx: XapiMappingContext): Statement[] {
  return drafts(event, ctx).map((draft, index) => {
    const statement: Statement = {
      id: nameUuid(`${ctx.registration ?? ''}|${JSON.stringify(ctx.actor)}|${index}|${JSON.stringify(event)}`),
      actor: ctx.actor,
      verb: { id: verbId(draft.verb), display: { 'en-US': draft.verb } },
      object: draft.object,
      timestamp: event.at,
    };
    if (draft.result) statement.result = draft.result;
    const context: Context = { ...draft.context };
    if (ctx.registration) context.registration = ctx.registration;
    if (ctx.course) context.language = ctx.course.locale;
    // The register records the version a learner passed, which need not be the one it runs now.
    if (ctx.course?.version) context.revision = ctx.course.version;
    if (Object.keys(context).length > 0) statement.context = context;
    return statement;
  });
}

function drafts(event: LearnerEvent, ctx: XapiMappingContext): Draft[] {
  const iris = new Iris(ctx);
  const course = iris.course();
  const sessionTime = duration(ctx.sessionStart, event.at);
  switch (event.type) {
    case 'launched':
      return ctx.entry === 'resume' ? [{ verb: 'initialized', object: course }, { verb: 'resumed', object: course }] : [{ verb: 'initialized', object: course }];
    case 'suspended':
    case 'terminated':
      return [{ verb: event.type, object: course, ...(sessionTime ? { result: { duration: sessionTime } } : {}) }];
    case 'course-status': {
      const result: Result = { extensions: { [EXTENSIONS.progress]: Math.round(event.progressMeasure * 100) } };
      if (event.score !== undefined) result.score = score(event.score);
      const list: Draft[] = [
        event.complete
          ? { verb: 'completed', object: course, result: { ...result, completion: true, ...(sessionTime ? { duration: sessionTime } : {}) } }
          : { verb: 'progressed', object: course, result: { ...result, completion: false } },
      ];
      if (event.lmsStatus === 'passed' || event.lmsStatus === 'failed') {
        list.push({ verb: event.lmsStatus, object: course, result: { ...result, success: event.lmsStatus === 'passed' } });
      }
      return list;
    }
    case 'certificate-issued':
      return [{ verb: 'earned', object: course, result: { extensions: { [EXTENSIONS.certificateCode]: event.code, [EXTENSIONS.issuedOn]: event.issuedOn } } }];
    case 'module-completed':
      return [{ verb: 'completed', object: iris.module(event.moduleId), result: { completion: true, ...(sessionTime ? { duration: sessionTime } : {}) }, context: iris.inCourse() }];
  }
  const { moduleId, activityId } = event;
  const activity = iris.activity(moduleId, activityId);
  const inModule = iris.inModule(moduleId);
  const inActivity = iris.inActivity(moduleId, activityId);
  const data = iris.activityData(moduleId, activityId);
  const attempt = (n: number): Context => ({ ...inModule, extensions: { [EXTENSIONS.attempt]: n } });
  switch (event.type) {
    case 'activity-experienced':
      return [{ verb: 'experienced', object: activity, context: inModule }];
    case 'activity-completed': {
      const result: Result = { completion: true };
      if (event.score !== undefined) result.score = score(event.score);
      const time = duration(ctx.opened?.[`${moduleId}/${activityId}`], event.at);
      if (time) result.duration = time;
      return [{ verb: 'completed', object: activity, result, context: inModule }];
    }
    case 'choice-made': {
      const node = data?.type === 'dialogue' ? data.nodes.find((n) => n.id === event.nodeId) : undefined;
      const definition = node?.choices ? iris.interaction('choice', { choices: node.choices.map((c) => iris.component(c.id, c.text)) }, data!.title) : undefined;
      const extensions: Extensions = { [EXTENSIONS.choiceQuality]: event.quality, [EXTENSIONS.choiceScore]: event.score };
      return [{ verb: 'answered', object: iris.part(activity, event.nodeId, definition), result: { response: event.choiceId, extensions }, context: inActivity }];
    }
    case 'dialogue-ended':
      return [{ verb: 'scored', object: activity, result: { score: score(event.score), extensions: { [EXTENSIONS.ending]: event.endingId, [EXTENSIONS.outcome]: event.outcome } }, context: inModule }];
    case 'quiz-started':
      return [{ verb: 'attempted', object: activity, context: attempt(event.attempt) }];
    case 'quiz-item-answered': {
      const item = data?.type === 'quiz' ? data.items.find((i) => i.id === event.itemId) : undefined;
      const object = iris.part(activity, event.itemId, item ? iris.itemDefinition(item) : undefined);
      return [{ verb: 'answered', object, result: { success: event.correct, response: responseOf(event.response) }, context: { ...inActivity, extensions: { [EXTENSIONS.attempt]: event.attempt } } }];
    }
    case 'quiz-submitted':
      return [{ verb: event.passed ? 'passed' : 'failed', object: activity, result: { score: score(event.score), success: event.passed, completion: true }, context: attempt(event.attempt) }];
    case 'exercise-checked': {
      const sort = data?.type === 'feedback-exercise' ? data.sort : undefined;
      const definition = sort
        ? iris.interaction('matching', {
            source: sort.statements.map((s) => iris.component(s.id, s.text)),
            target: sort.categories.map((c) => iris.component(c.id, c.label)),
            correctResponsesPattern: [sort.statements.map((s) => `${s.id}[.]${s.category}`).join('[,]')],
          }, sort.prompt)
        : undefined;
      const result: Result = { score: score(event.score), success: event.score === 100 };
      if (event.sorted) result.response = pairs(event.sorted);
      return [{ verb: 'answered', object: iris.part(activity, 'sorting', definition), result, context: inActivity }];
    }
    case 'exercise-completed': {
      const result: Result = { completion: true };
      if (event.written !== undefined) result.response = event.written;
      if (event.ratings) result.extensions = { [EXTENSIONS.ratings]: event.ratings };
      // The scale goes in the context, not the exercise's definition: see EXTENSIONS.ratingScale.
      const rated = event.ratings !== undefined && Object.keys(event.ratings).length > 0;
      const rubric = rated && data?.type === 'feedback-exercise' ? data.rubric : undefined;
      const context: Context = rubric
        ? {
            ...inModule,
            extensions: {
              [EXTENSIONS.ratingScale]: { levels: rubric.levels.map((l) => iris.component(l.id, l.label)), criteria: rubric.criteria.map((c) => iris.component(c.id, c.text)) },
            },
          }
        : inModule;
      return [{ verb: 'responded', object: activity, result, context }];
    }
    case 'reflection-saved':
      return [{ verb: 'responded', object: activity, result: { extensions: { [EXTENSIONS.answers]: event.answers } }, context: inModule }];
  }
}

/** A quiz response in the xAPI interaction response format of its interaction type. */
export function responseOf(response: QuizResponse): string {
  switch (response.kind) {
    case 'single-choice':
      return response.option;
    case 'multiple-response':
      return response.options.join('[,]');
    case 'true-false':
      return String(response.value);
    case 'matching':
      return pairs(response.matches);
    case 'ordering':
      return response.order.join('[,]');
    case 'fill-in':
      return response.text;
  }
}

const pairs = (map: Record<string, string>): string =>
  Object.entries(map)
    .map(([source, target]) => `${source}[.]${target}`)
    .join('[,]');

/** A percentage as an xAPI score: raw 0-100 (what gradebooks read) and scaled 0-1. */
export function score(percent: number): Score {
  const raw = Math.round(percent * 100) / 100;
  return { scaled: Math.round(raw * 100) / 10000, raw, min: 0, max: 100 };
}

/** ISO 8601 duration between two timestamps, in seconds with centiseconds; undefined if unknown. */
export function duration(from: string | undefined, to: string): string | undefined {
  const ms = Date.parse(to) - Date.parse(from ?? '');
  return ms >= 0 ? `PT${Math.round(ms / 10) / 100}S` : undefined;
}

/** IRIs and definitions for one course. */
class Iris {
  private readonly ctx: XapiMappingContext;
  private readonly base: string;
  private readonly lang: string | undefined;

  constructor(ctx: XapiMappingContext) {
    this.ctx = ctx;
    this.base = (ctx.course?.baseIri ?? ctx.courseIri).replace(/\/+$/, '');
    this.lang = ctx.course?.locale;
  }

  course(): Activity {
    return this.activityOf(this.ctx.courseIri, ACTIVITY_TYPES.course, this.ctx.course?.title);
  }

  module(moduleId: string): Activity {
    return this.activityOf(`${this.base}/${moduleId}`, ACTIVITY_TYPES.module, this.moduleData(moduleId)?.title);
  }

  activity(moduleId: string, activityId: string): Activity {
    const data = this.activityData(moduleId, activityId);
    return this.activityOf(`${this.base}/${moduleId}/${activityId}`, data && ACTIVITY_TYPES[data.type], data?.title);
  }

  /** A part of an activity (quiz item, dialogue node, sorting task): `<activity IRI>/<id>`. */
  part(activity: Activity, id: string, definition: ActivityDefinition | undefined): Activity {
    return { objectType: 'Activity', id: `${activity.id}/${id}`, ...(definition ? { definition } : {}) };
  }

  inCourse(): Context {
    const course = { objectType: 'Activity', id: this.ctx.courseIri } as const;
    return { contextActivities: { parent: [course], grouping: [course] } };
  }

  inModule(moduleId: string): Context {
    return { contextActivities: { parent: [this.ref(`${this.base}/${moduleId}`)], grouping: [this.ref(this.ctx.courseIri)] } };
  }

  inActivity(moduleId: string, activityId: string): Context {
    return {
      contextActivities: {
        parent: [this.ref(`${this.base}/${moduleId}/${activityId}`)],
        grouping: [this.ref(`${this.base}/${moduleId}`), this.ref(this.ctx.courseIri)],
      },
    };
  }

  moduleData(moduleId: string): ModuleData | undefined {
    return this.ctx.course?.modules.find((m) => m.id === moduleId);
  }

  activityData(moduleId: string, activityId: string) {
    return this.moduleData(moduleId)?.activities.find((a) => a.id === activityId);
  }

  itemDefinition(item: Extract<NonNullable<ReturnType<Iris['activityData']>>, { type: 'quiz' }>['items'][number]): ActivityDefinition {
    const choices = (list: { id: string; text: string }[]) => list.map((o) => this.component(o.id, o.text));
    switch (item.kind) {
      case 'single-choice':
        return this.interaction('choice', { choices: choices(item.options), correctResponsesPattern: [item.correct] }, item.prompt);
      case 'multiple-response':
        return this.interaction('choice', { choices: choices(item.options), correctResponsesPattern: [item.correct.join('[,]')] }, item.prompt);
      case 'true-false':
        return this.interaction('true-false', { correctResponsesPattern: [String(item.correct)] }, item.prompt);
      case 'matching':
        return this.interaction('matching', {
          source: item.pairs.map((p) => this.component(p.id, p.prompt)),
          target: item.pairs.map((p) => this.component(p.id, p.match)),
          correctResponsesPattern: [item.pairs.map((p) => `${p.id}[.]${p.id}`).join('[,]')],
        }, item.prompt);
      case 'ordering':
        return this.interaction('sequencing', { choices: choices(item.steps), correctResponsesPattern: [item.steps.map((s) => s.id).join('[,]')] }, item.prompt);
      case 'fill-in':
        return this.interaction('fill-in', { correctResponsesPattern: item.accept.map((a) => (item.caseSensitive ? `{case_matters=true}${a}` : a)) }, item.prompt);
    }
  }

  interaction(interactionType: NonNullable<ActivityDefinition['interactionType']>, parts: ActivityDefinition, name: string): ActivityDefinition {
    return { type: ACTIVITY_TYPES.interaction, ...this.named(name), interactionType, ...parts };
  }

  component(id: string, text: string): InteractionComponent {
    return { id, ...(this.lang ? { description: { [this.lang]: text } } : {}) };
  }

  private activityOf(id: string, type: string | undefined, name: string | undefined): Activity {
    const definition: ActivityDefinition = { ...(type ? { type } : {}), ...(name ? this.named(name) : {}) };
    return { objectType: 'Activity', id, ...(Object.keys(definition).length > 0 ? { definition } : {}) };
  }

  private named(name: string): { name?: LanguageMap } {
    return this.lang ? { name: { [this.lang]: name } } : {};
  }

  private ref(id: string): Activity {
    return { objectType: 'Activity', id };
  }
}
