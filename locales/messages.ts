/**
 * The shape every locale must have: the same keys as the source locale (English), every value a
 * string. A translation with a missing or extra key fails `npm run typecheck`.
 */
export type Messages<T> = { readonly [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
