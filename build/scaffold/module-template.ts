/**
 * The starting text of a module: module.yaml with one objective and one page, and the page's
 * Markdown. Commented for an author; valid and building as written.
 */

export interface ModuleOptions {
  id: string;
  /** A competence id from course.yaml for the first objective. */
  competence: string;
  /** Activity entries (as activity-templates.ts gives them) after the first page. */
  activities?: string[];
}

export const PAGE_ID = 'introduction';

/** "getting-started" → "Getting started". */
export const titleOf = (id: string): string => id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' ');

export function moduleYaml({ id, competence, activities = [] }: ModuleOptions): string {
  const more = activities.map((a) => {
    const [first, ...rest] = a.trimEnd().split('\n');
    return [`  - ${first}`, ...rest.map((line) => (line === '' ? '' : `    ${line}`))].join('\n');
  });
  return `# A module of the course: its objectives and its activities, in English. Translations are in
# i18n/<locale>.yaml beside this file; page texts in pages/. See docs/content-guide.md, section 2.
id: ${id}  # the same as the folder name; never change it after release
title: ${titleOf(id)}  # at most 80 characters
summary: >-
  One or two sentences for the table of contents: what the learner can do after this module.
# What a learner can do after the module. Each objective names one or more competences from
# \`competences\` in course.yaml.
objectives:
  - id: first-objective
    text: Describe one thing a learner can do after this module.
    competences: [${competence}]
# The activities, in the order the learner meets them. Every activity has an id (kebab-case,
# never changed after release), a type (page, dialogue, feedback-exercise, quiz, reflection,
# certificate) and a title. Add more with \`workmentor new dialogue|quiz|exercise|reflection ID --module ${id}\`.
activities:
  - id: ${PAGE_ID}
    type: page                       # the text is in pages/${PAGE_ID}.md
    title: Introduction
${more.join('\n')}${more.length ? '\n' : ''}`;
}

export function pageMarkdown(moduleId: string): string {
  // No HTML comment for the author's notes: the build removes HTML from pages and warns about it.
  return `Write the page in Markdown: short paragraphs, lists and one concrete example from a workplace.
Keep a page to 150 to 350 words. The title is in module.yaml, so start headings at ##.

## What this module is about

This module of the course is called "${titleOf(moduleId)}". Replace this text with what the learner
reads first: why the topic matters for a mentor, and what they will practise.

## An example

- Describe one real situation at work.
- Say what a good mentor does there, and why.
`;
}
