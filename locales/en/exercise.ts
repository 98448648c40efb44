/** Interface text for the exercise namespace (English, the source locale). */
export const exercise = {
} as const;
