/** Interface text for the page namespace (English, the source locale). */
export const page = {
  /** Name of the scrollable region around a table without a caption (screen readers announce it). */
  table: 'Table',
  /** Name of the scrollable region around a table with a caption. */
  tableNamed: 'Table: {{caption}}',
} as const;
