/**
 * What a coordinator login is, as zod schemas: usernames and roles cross two boundaries (the
 * CLI's arguments and the login form), so both validate them here, once.
 * Roles: `coordinator` may change things; `viewer` may only read (dashboards, registers).
 *
 * Cohorts: which learners a coordinator may look at one by one (the dashboard's drill-down,
 * their data export and erasure). A coordinator who runs the programme follows every cohort;
 * a school's or a company's coordinator follows the cohorts they teach, and sees only those
 * learners by name. Aggregates (funnel, scores, items…) name nobody and stay for everyone.
 * A cohort is what the analytics call one: a statement's context team name, else its
 * registration (lrs-stub/analytics/projection/read-statement.ts).
 */
import { z } from 'zod';

export const RoleSchema = z.enum(['coordinator', 'viewer'], { error: 'role must be "coordinator" or "viewer"' });
export type Role = z.infer<typeof RoleSchema>;

/** A coordinator's role includes everything a viewer may do. */
export const ROLE_RANK: Readonly<Record<Role, number>> = { viewer: 1, coordinator: 2 };

export const UsernameSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._@-]{1,63}$/, {
    error: 'a username is 2 to 64 characters: letters, digits and . _ @ -, starting with a letter or digit',
  });

export const CohortSchema = z
  .string()
  .trim()
  .min(1, { error: 'a cohort name cannot be empty' })
  .max(200, { error: 'a cohort name is at most 200 characters' });

/** `all`, or the cohorts followed (possibly none: then no learner is shown by name). */
export const CohortScopeSchema = z.union([z.literal('all'), z.array(CohortSchema)]);
export type CohortScope = z.infer<typeof CohortScopeSchema>;

export const UserSchema = z.object({
  username: UsernameSchema,
  role: RoleSchema,
  cohorts: CohortScopeSchema,
  /** ISO 8601, when the user was added. */
  created: z.string(),
  /** ISO 8601, when the user was disabled; null while the user may log in. */
  disabled: z.string().nullable(),
});
export type User = z.infer<typeof UserSchema>;

/** A user with the argon2id PHC string, for the login check only: never sent anywhere. */
export type UserWithHash = User & { passwordHash: string };
