/** Interface text for the certificate namespace (English, the source locale). */
export const certificate = {
} as const;
