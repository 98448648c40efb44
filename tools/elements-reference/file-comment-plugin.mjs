// @ts-check
/**
 * Analyzer plugin: an element documented in its file's first comment. Several elements keep
 * their whole story (prose, `@summary`, `@event`, `@slot`, `@csspart`) in the comment that opens
 * the file, as the house style asks ("its first comment says what it is"); others keep the prose
 * there and only the tags above the class. The analyzer reads only the JSDoc right above a
 * class, so without this those elements come out undocumented. This fills in what the class's
 * own JSDoc left out: its description, its summary, and any event, slot, part or CSS property
 * not already listed. The class's own JSDoc always wins.
 */

/** `name - description`, or `- description` for the default slot. */
const NAMED = /^(\S*)\s*-\s+([\s\S]*)$/;

/** Tag in the file comment → the list of the class declaration it adds to. */
const LISTS = /** @type {const} */ ({
  event: 'events',
  fires: 'events',
  slot: 'slots',
  csspart: 'cssParts',
  part: 'cssParts',
  cssprop: 'cssProperties',
  cssproperty: 'cssProperties',
});

/**
 * @typedef {{ description: string; summary: string | undefined; lists: Array<{ list: string; entry: { name: string; description: string } }> }} FileDoc
 */

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
export function fileCommentPlugin() {
  /** What each module's first comment says, by module path; applied once the elements are known. */
  /** @type {Map<string, FileDoc>} */
  const fileDocs = new Map();
  return {
    name: 'workmentor-file-comment',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isSourceFile(node) || !moduleDoc.path) return;
      const first = node.statements[0];
      // `jsDoc` is where TypeScript keeps a node's doc comments; the analyzer reads it too. A
      // comment right above a class is that class's own JSDoc, which the analyzer already read.
      /** @type {import('typescript').JSDoc | undefined} */
      const jsDoc = /** @type {any} */ (first)?.jsDoc?.[0];
      if (!jsDoc || !first || ts.isClassDeclaration(first)) return;
      /** @type {FileDoc} */
      const fileDoc = { description: ts.getTextOfJSDocComment(jsDoc.comment)?.trim() ?? '', summary: undefined, lists: [] };
      for (const tag of jsDoc.tags ?? []) {
        const name = tag.tagName.text;
        const text = ts.getTextOfJSDocComment(tag.comment)?.trim() ?? '';
        if (name === 'summary') fileDoc.summary = text;
        const list = LISTS[/** @type {keyof typeof LISTS} */ (name)];
        const named = NAMED.exec(text);
        if (list && named) fileDoc.lists.push({ list, entry: { name: named[1] ?? '', description: (named[2] ?? '').replace(/\s*\n\s*/g, ' ') } });
      }
      fileDocs.set(moduleDoc.path, fileDoc);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        const fileDoc = fileDocs.get(module.path);
        if (!fileDoc) continue;
        for (const declaration of module.declarations ?? []) {
          if (!('customElement' in declaration) || !declaration.customElement) continue;
          /** @type {any} */
          const doc = declaration;
          if (!doc.description && fileDoc.description) doc.description = fileDoc.description;
          if (!doc.summary && fileDoc.summary) doc.summary = fileDoc.summary;
          for (const { list, entry } of fileDoc.lists) {
            doc[list] ??= [];
            if (!doc[list].some((/** @type {{ name: string }} */ e) => e.name === entry.name)) doc[list].push({ ...entry });
          }
        }
      }
    },
  };
}
