/** Interface text for the page namespace (English, the source locale). */
export const page = {
} as const;
