/** The content model: every authored and built type comes from these zod schemas. */
export * from './activities/index.ts';
export * from './cast-registry.ts';
export * from './competence.ts';
export * from './course.ts';
export * from './course-data.ts';
export * from './final-assessment.ts';
export * from './ids.ts';
export * from './module.ts';
export * from './standard.ts';
export * from './theme.ts';
