/** Interface text shared by every element (English, the source locale). */
export const common = {
  continue: 'Continue',
  charactersLeft_one: '{{count}} character left',
  charactersLeft_other: '{{count}} characters left',
} as const;
