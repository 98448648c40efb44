/**
 * Sets one CSS custom property on an element through the CSSOM (`style.setProperty`), for the
 * few sizes that come from data (a bar's length). Not `styleMap`: on its first render it writes
 * a `style="…"` attribute, which the live pages' Content-Security-Policy (`style-src 'self'`,
 * no 'unsafe-inline') refuses, so the bars would stay empty; the CSSOM is not subject to it.
 * Usage: `<span class="bar" ${styleProperty('--share', '40%')}></span>`.
 */
import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

class StylePropertyDirective extends Directive {
  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('styleProperty() goes on an element, not in an attribute or in text');
  }

  override render(_name: string, _value: string): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [name, value]: [string, string]): typeof nothing {
    (part.element as HTMLElement).style.setProperty(name, value);
    return nothing;
  }
}

export const styleProperty = directive(StylePropertyDirective);
