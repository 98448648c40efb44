/** Interface text for the dialogue namespace (English, the source locale). */
export const dialogue = {
} as const;
