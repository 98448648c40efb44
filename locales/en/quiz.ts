/** Interface text for the quiz namespace (English, the source locale). */
export const quiz = {
} as const;
