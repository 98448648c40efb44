// @ts-check
/**
 * Analyzer plugin: events as this codebase writes them. Each event is a class (`events.ts` beside
 * the element) that extends `Event`, names itself in `static readonly eventName` and carries its
 * data as fields, and the element's JSDoc says `@event wm-x - WmXEvent: what happened`. Out of
 * the box the analyzer lists each event twice (once from the JSDoc with a name, once from
 * `dispatchEvent(new WmXEvent())` with only a type) and believes `Event` is declared in
 * `events.ts`. This merges the two into one entry with name, type (referencing the event class,
 * so a reader can find its fields) and description, and marks `Event` as the browser's own.
 */

/** `WmXEvent: what happened` at the start of an `@event` description. */
const TYPED = /^(\w+Event):\s*([\s\S]*)$/;

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
export function eventClassesPlugin() {
  return {
    name: 'workmentor-event-classes',
    packageLinkPhase({ customElementsManifest }) {
      /** @type {Map<string, { name: string; module: string }>} */
      const classes = new Map();
      /** @type {Map<string, string>} */
      const eventNames = new Map();
      for (const module of customElementsManifest.modules) {
        for (const d of module.declarations ?? []) {
          if (d.kind !== 'class') continue;
          classes.set(d.name, { name: d.name, module: module.path });
          const eventName = d.members?.find((m) => m.kind === 'field' && m.static && m.name === 'eventName');
          const literal = eventName && 'default' in eventName ? /^'([^']+)'$/.exec(eventName.default ?? '') : null;
          if (literal?.[1]) eventNames.set(d.name, literal[1]);
          if (d.superclass?.name === 'Event' && d.superclass.module === module.path) d.superclass = { name: 'Event', package: 'global:' };
        }
      }
      for (const module of customElementsManifest.modules) {
        for (const d of module.declarations ?? []) {
          if (d.kind !== 'class' || !('customElement' in d) || !d.events) continue;
          /** @type {Map<string, import('custom-elements-manifest/schema').Event>} */
          const merged = new Map();
          for (const event of d.events) {
            const typed = TYPED.exec(event.description ?? '');
            const type = typed?.[1] ?? event.type?.text;
            const name = event.name || (type && eventNames.get(type)) || '';
            const entry = merged.get(name) ?? { name };
            if (typed) entry.description = typed[2];
            else if (event.description) entry.description ??= event.description;
            const declared = type ? classes.get(type) : undefined;
            if (type) entry.type = declared ? { text: type, references: [declared] } : { text: type };
            merged.set(name, entry);
          }
          d.events = [...merged.values()];
        }
      }
    },
  };
}
