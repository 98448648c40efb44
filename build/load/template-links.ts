/**
 * Links to printable templates. A page links to a template by its id, not by a file name,
 * `[the training plan template](template:training-plan)`, so the same Markdown works in every
 * language: the loader resolves the link to the copy in the page's own locale
 * (`templates/training-plan.nl.html` in a Dutch page), which ships in every package and beside
 * the facilitator guides, and opens it in a new tab so the course stays where the mentor was.
 */
import type { Location } from '../errors/content-error.ts';

export const TEMPLATE_SCHEME = 'template:';

/** The id in a `template:<id>` link target; undefined for any other target. */
export function templateLinkId(href: string): string | undefined {
  if (!href.toLowerCase().startsWith(TEMPLATE_SCHEME)) return undefined;
  const rest = href.slice(TEMPLATE_SCHEME.length).trim();
  try {
    return decodeURIComponent(rest);
  } catch {
    return rest;
  }
}

/** A template's file in one locale, inside the `templates/` folder. */
export const templateFileName = (id: string, locale: string): string => `${id}.${locale}.html`;

/** Where a template's copy in one locale is, from a package's root and from the guides' folder. */
export const templatePath = (id: string, locale: string): string => `templates/${templateFileName(id, locale)}`;

/** A `template:` link as the loader found it, to check once every template is known. */
export interface TemplateLink {
  /** The id as written after `template:`. */
  id: string;
  /** The locale of the text the link is in (the copy it leads to). */
  locale: string;
  /** The module whose page links to it; undefined for a link from one template to another. */
  module?: string;
  at: Location;
}
