/** Interface text for the reflection namespace (English, the source locale). */
export const reflection = {
} as const;
