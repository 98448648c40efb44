/**
 * Where a figure's subject is written, so a failed check can point at it with the loader's
 * precision: the data path in the module's `module.yaml`, and for a text a translator wrote, its
 * key in `i18n/<locale>.yaml` (translatable.ts), so a length cue that only the Dutch text has
 * points at the Dutch text.
 */
export interface Place {
  /** Data path inside module.yaml, e.g. `['activities', 1, 'nodes', 0, 'choices', 2, 'text']`. */
  path: PropertyKey[];
  /** Translation key of the same text, e.g. `activities.burnt-tray.nodes.tray.choices.scold.text`. */
  key?: string;
}
