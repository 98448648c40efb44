/** Interface text for the course namespace (English, the source locale). */
export const course = {
} as const;
