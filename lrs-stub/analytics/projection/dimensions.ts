/**
 * The projection's dimensions: learners (actor IFI → a small integer id, a public id for URLs,
 * the latest name and identifier), the course's known IRIs (placement.ts's KnownIris), the
 * names and choice texts the statements' definitions carry, and the rubrics (levels in order,
 * criteria, their texts) the ratings statements describe. Each is cached in memory, so the
 * projector touches the database only when something is new or changed: a cohort's hundred
 * thousand statements name a few thousand learners and a few hundred activities.
 */
import { createHash } from 'node:crypto';
import type { AnalyticsDb } from './analytics-db.ts';
import type { KnownIris, LearnedIris } from './placement.ts';
import type { Component, Definition, PlacedStatement, RatingScale } from './read-statement.ts';

/**
 * The parts of a feedback exercise under which its rubric's levels and criteria sit in the
 * `components` table, positions in the rubric's order. No statement is about such a part: an
 * exercise's only part is its sorting task.
 */
export const RUBRIC_PARTS = { levels: 'rubric-level', criteria: 'rubric-criterion' } as const;

/** Opaque and stable: the same IFI gives the same id in every rebuild of the database. */
export const publicLearnerId = (ifi: string): string => createHash('sha256').update(ifi).digest('base64url').slice(0, 22);

interface LearnerRow {
  id: number;
  name: string;
  identifier: string;
}

export class Dimensions implements KnownIris {
  private readonly learners = new Map<string, LearnerRow>();
  private readonly iris = new Map<string, { kind: 'course' | 'module'; module: string }>();
  private readonly names = new Map<string, string>();
  private readonly texts = new Map<string, string>();
  private readonly places = new Set<string>();
  private readonly sql;

  private readonly db: AnalyticsDb;

  constructor(db: AnalyticsDb) {
    this.db = db;
    this.sql = {
      insertLearner: db.prepare('INSERT INTO learners (ifi, public_id, name, identifier) VALUES (?, ?, ?, ?)'),
      renameLearner: db.prepare('UPDATE learners SET name = ?, identifier = ? WHERE id = ?'),
      insertIri: db.prepare('INSERT OR REPLACE INTO course_iris (iri, kind, module) VALUES (?, ?, ?)'),
      upsertName: db.prepare('INSERT OR REPLACE INTO names (module, activity, part, lang, name) VALUES (?, ?, ?, ?, ?)'),
      insertPlace: db.prepare('INSERT OR IGNORE INTO places (module, activity, first_seq) VALUES (?, ?, ?)'),
      upsertText: db.prepare('INSERT OR REPLACE INTO components (module, activity, part, component, lang, text, position) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    };
    this.reload();
  }

  /** Reads the caches afresh from the database (after a rolled-back chunk). */
  reload(): void {
    const db = this.db;
    this.learners.clear();
    this.iris.clear();
    this.names.clear();
    this.texts.clear();
    this.places.clear();
    for (const row of db.prepare('SELECT ifi, id, name, identifier FROM learners').all() as (LearnerRow & { ifi: string })[]) {
      this.learners.set(row.ifi, { id: row.id, name: row.name, identifier: row.identifier });
    }
    for (const row of db.prepare('SELECT iri, kind, module FROM course_iris').all() as { iri: string; kind: 'course' | 'module'; module: string }[]) {
      this.iris.set(row.iri, { kind: row.kind, module: row.module });
    }
    for (const row of db.prepare('SELECT module, activity FROM places').all() as { module: string; activity: string }[]) this.places.add(`${row.module}\u0000${row.activity}`);
    for (const row of db.prepare('SELECT module, activity, part, lang, name FROM names').all() as { module: string; activity: string; part: string; lang: string; name: string }[]) {
      this.names.set([row.module, row.activity, row.part, row.lang].join('\u0000'), row.name);
    }
  }

  isCourse(iri: string): boolean {
    return this.iris.get(iri)?.kind === 'course';
  }

  moduleOf(iri: string): string | undefined {
    const known = this.iris.get(iri);
    return known?.kind === 'module' ? known.module : undefined;
  }

  /** The learner's id, created on first sight; the name follows the latest statement. */
  learner(who: PlacedStatement['learner']): number {
    const known = this.learners.get(who.ifi);
    if (known) {
      if (known.name !== who.name || known.identifier !== who.identifier) {
        this.sql.renameLearner.run(who.name, who.identifier, known.id);
        known.name = who.name;
        known.identifier = who.identifier;
      }
      return known.id;
    }
    const id = Number(this.sql.insertLearner.run(who.ifi, publicLearnerId(who.ifi), who.name, who.identifier).lastInsertRowid);
    this.learners.set(who.ifi, { id, name: who.name, identifier: who.identifier });
    return id;
  }

  /** Forgets an erased learner (the rows are deleted by the eraser). */
  forgetLearner(ifi: string): void {
    this.learners.delete(ifi);
  }

  learn(learned: LearnedIris): void {
    // A course IRI is never demoted to a module, nor a module to the course.
    for (const iri of learned.courses) {
      if (this.iris.has(iri)) continue;
      this.iris.set(iri, { kind: 'course', module: '' });
      this.sql.insertIri.run(iri, 'course', '');
    }
    for (const { iri, module } of learned.modules) {
      if (this.iris.has(iri)) continue;
      this.iris.set(iri, { kind: 'module', module });
      this.sql.insertIri.run(iri, 'module', module);
    }
  }

  /** Remembers when a module and an activity were first seen, for the course order. */
  place(seq: number, where: { module: string; activity: string }): void {
    if (where.module === '') return;
    for (const activity of where.activity === '' ? [''] : ['', where.activity]) {
      const key = `${where.module}\u0000${activity}`;
      if (this.places.has(key)) continue;
      this.places.add(key);
      this.sql.insertPlace.run(where.module, activity, seq);
    }
  }

  define(where: { module: string; activity: string; part: string }, definition: Definition): void {
    for (const [lang, name] of definition.names) {
      const key = [where.module, where.activity, where.part, lang].join('\u0000');
      if (this.names.get(key) === name) continue;
      this.names.set(key, name);
      this.sql.upsertName.run(where.module, where.activity, where.part, lang, name);
    }
    this.order(where.module, where.activity, where.part, definition.choices);
  }

  /** Remembers a rubric's levels and criteria in its order, with their texts. */
  rubric(where: { module: string; activity: string }, scale: RatingScale): void {
    this.order(where.module, where.activity, RUBRIC_PARTS.levels, scale.levels);
    this.order(where.module, where.activity, RUBRIC_PARTS.criteria, scale.criteria);
  }

  /** A part's components with their positions; one without texts still gets a row (language ''), so its position is known. */
  private order(module: string, activity: string, part: string, components: readonly Component[]): void {
    components.forEach((component, position) => {
      for (const [lang, text] of component.texts.length > 0 ? component.texts : [['', ''] as [string, string]]) {
        const key = [module, activity, part, component.id, lang].join('\u0000');
        const value = `${position}\u0000${text}`;
        if (this.texts.get(key) === value) continue;
        this.texts.set(key, value);
        this.sql.upsertText.run(module, activity, part, component.id, lang, text, position);
      }
    });
  }
}
