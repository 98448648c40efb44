/**
 * The drawn parts of an avatar on a 64 × 64 grid: hair (a part behind the head and one in
 * front of it), headwear, facial hair and work clothes. Each part is a few simple paths in
 * the person's own colours, so a face costs a few hundred bytes and nothing is fetched.
 * Drawn for this course; the head sits at (32, 27), the shoulders start at y = 45.
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { Avatar } from '../../../../course/schema/cast-registry.ts';
import { shade } from './avatar-palette.ts';

type Part = SVGTemplateResult | typeof nothing;

/** Hair that falls behind the head and shoulders (drawn before the face). */
export function hairBack(style: Avatar['hair'], colour: string): Part {
  switch (style) {
    case 'afro':
      return svg`<circle cx="32" cy="23" r="17.5" fill=${colour}/>`;
    case 'bob':
      return svg`<path d="M17.5 37c-2-14 3.5-26 14.5-26s16.5 12 14.5 26c-4 1.5-25 1.5-29 0z" fill=${colour}/>`;
    case 'long':
      return svg`<path d="M16.5 50c-3-18-1-39 15.5-39s18.5 21 15.5 39c-6 2.5-25 2.5-31 0z" fill=${colour}/>`;
    case 'ponytail':
      return svg`<path d="M41 17c8 1 10 11 8 22-1 4-3 6-4 7 0-8-1-17-5-22z" fill=${colour}/>`;
    case 'bun':
      return svg`<circle cx="32" cy="10.5" r="5.5" fill=${colour}/>`;
    case 'braids':
      return svg`<g fill=${colour}>${[0, 1, 2, 3, 4].map(
        (i) => svg`<ellipse cx="18.6" cy=${31 + i * 4} rx="2.4" ry="2.6"/><ellipse cx="45.4" cy=${31 + i * 4} rx="2.4" ry="2.6"/>`,
      )}</g>`;
    default:
      return nothing;
  }
}

/** Hair on top of the head (drawn after the face). */
export function hairFront(style: Avatar['hair'], colour: string): Part {
  switch (style) {
    case 'buzz':
      return svg`<path d="M20.4 24c.4-8.5 5.4-11.6 11.6-11.6S43.2 15.5 43.6 24c-2.8-4.6-6.6-6.5-11.6-6.5s-8.8 1.9-11.6 6.5z" fill=${colour} opacity=".9"/>`;
    case 'short':
      return svg`<path d="M20 26c-1.4-10.6 5-15 12.2-15 7.6 0 13 4.6 11.8 15-1.6-5-4.4-7.6-8-8.2-4.6 2.4-11.2 2.8-16 8.2z" fill=${colour}/>`;
    case 'side-part':
      return svg`<path d="M20 27c-1.8-11.6 4.8-16.2 12.4-16.2 8 0 13.6 5.2 11.6 16.2-.8-4.6-2.6-8-5.6-9.4-5 1.2-12.6 2.6-18.4 9.4z" fill=${colour}/><path d="M36 11.6c-1 2.4-1.6 4.2-1.8 6" stroke=${shade(colour, 0.7)} stroke-width="1" fill="none"/>`;
    case 'curly':
      return svg`<g fill=${colour}><circle cx="21.5" cy="22" r="4.6"/><circle cx="24.6" cy="16.4" r="5"/><circle cx="31" cy="13.4" r="5.6"/><circle cx="37.6" cy="15.2" r="5.2"/><circle cx="42.4" cy="21" r="4.6"/><circle cx="28" cy="18" r="4"/><circle cx="35" cy="18.4" r="4"/></g>`;
    case 'afro':
      return svg`<path d="M20.6 23c1.6-5 5.6-7.6 11.4-7.6s9.8 2.6 11.4 7.6c-3-2.4-7-3.4-11.4-3.4s-8.4 1-11.4 3.4z" fill=${colour}/>`;
    case 'bob':
    case 'long':
      return svg`<path d="M20.2 27c-.6-10 4.8-15.4 11.8-15.4 7.6 0 12.6 5.4 11.8 15.4-2-4.4-4.4-7.6-7.4-8.8-3.8 3.2-10.8 5.2-16.2 8.8z" fill=${colour}/>`;
    case 'ponytail':
    case 'bun':
    case 'braids':
      return svg`<path d="M20.2 25c.4-9.2 5.4-13.2 11.8-13.2S43.4 15.8 43.8 25c-2.4-5-6.6-7.6-11.8-7.6S22.6 20 20.2 25z" fill=${colour}/>`;
    default:
      return nothing;
  }
}

/** What covers the neck and shoulders (a headscarf's drape), drawn over the clothes, under the face. */
export function headwearBack(headwear: Avatar['headwear'], colour: string): Part {
  if (headwear !== 'headscarf') return nothing;
  return svg`<path d="M14.5 54c-3-16-1-42 17.5-43.5C50.5 12 52.5 38 49.5 54c-5-4.5-11-6-17.5-6s-12.5 1.5-17.5 6z" fill=${colour}/>`;
}

/** Headwear in front of the face's top: the headscarf's band, a cap, a hard hat. */
export function headwearFront(headwear: Avatar['headwear'], colour: string): Part {
  switch (headwear) {
    case 'headscarf':
      return svg`<path d="M19.6 26c0-9.4 5.4-14.6 12.4-14.6S44.4 16.6 44.4 26c-2.6-5.4-6.8-8.4-12.4-8.4S22.2 20.6 19.6 26z" fill=${shade(colour, 0.85)}/>`;
    case 'cap':
      return svg`<path d="M19.4 22.5c0-8 5.4-12.5 12.6-12.5s12.6 4.5 12.6 12.5z" fill=${colour}/><path d="M18 22.5c8-1.6 20-1.6 30 .6-8 2.2-22 2-30-.6z" fill=${shade(colour, 0.75)}/>`;
    case 'hard-hat':
      return svg`<path d="M18.6 21.5c0-8.6 5.8-13.5 13.4-13.5s13.4 4.9 13.4 13.5z" fill=${colour}/><path d="M30.5 8.2h3v13.3h-3z" fill=${shade(colour, 0.86)}/><rect x="15.5" y="20.6" width="33" height="3.2" rx="1.6" fill=${shade(colour, 0.8)}/>`;
    default:
      return nothing;
  }
}

/** Facial hair, drawn after the face and before the mouth. */
export function facialHair(kind: Avatar['facialHair'], colour: string): Part {
  switch (kind) {
    case 'stubble':
      return svg`<path d="M21 29c0 8.6 4.8 12.6 11 12.6S43 37.6 43 29c-1.8 5.4-5.4 7.6-11 7.6S22.8 34.4 21 29z" fill=${colour} opacity=".28"/>`;
    case 'moustache':
      return svg`<path d="M27.4 33c2-1.8 3.8-1.2 4.6-.6.8-.6 2.6-1.2 4.6.6-1.8.9-3.4.9-4.6.5-1.2.4-2.8.4-4.6-.5z" fill=${colour}/>`;
    case 'beard':
      return svg`<path d="M20.6 27.5c-.4 10.6 4.6 16.3 11.4 16.3s11.8-5.7 11.4-16.3c-1.4 5.4-3.4 7.6-6 8-2.6-1.6-8.2-1.6-10.8 0-2.6-.4-4.6-2.6-6-8z" fill=${colour}/><path d="M27.4 33c2-1.8 3.8-1.2 4.6-.6.8-.6 2.6-1.2 4.6.6-1.8.9-3.4.9-4.6.5-1.2.4-2.8.4-4.6-.5z" fill=${colour}/>`;
    default:
      return nothing;
  }
}

/** Glasses over the eyes at (27.5, 28) and (36.5, 28). */
export function glasses(kind: Avatar['glasses']): Part {
  const frame = { stroke: '#2b2b2e', width: 1.3 };
  switch (kind) {
    case 'round':
      return svg`<g fill="#ffffff" fill-opacity=".18" stroke=${frame.stroke} stroke-width=${frame.width}><circle cx="27.3" cy="28" r="3.7"/><circle cx="36.7" cy="28" r="3.7"/><path d="M31 28h2" fill="none"/></g>`;
    case 'square':
      return svg`<g fill="#ffffff" fill-opacity=".18" stroke=${frame.stroke} stroke-width=${frame.width}><rect x="23.2" y="25.3" width="8" height="5.6" rx="1.6"/><rect x="32.8" y="25.3" width="8" height="5.6" rx="1.6"/><path d="M31.2 27.6h1.6" fill="none"/></g>`;
    default:
      return nothing;
  }
}

/** Work clothes on the shoulders, in the person's colour (and the accent colour for aprons). */
export function outfit(kind: Avatar['outfit'], colour: string, accent: string | undefined): SVGTemplateResult {
  const shoulders = (fill: string) => svg`<path d="M6 64c0-12.5 11-19 26-19s26 6.5 26 19z" fill=${fill}/>`;
  const fold = shade(colour, 0.72);
  switch (kind) {
    case 'shirt':
      return svg`${shoulders(colour)}<path d="M26 45.2l6 6.6-3.4 2-4.4-6.6zM38 45.2l-6 6.6 3.4 2 4.4-6.6z" fill="#f3f1ec"/><path d="M32 52v12" stroke=${fold} stroke-width="1"/>`;
    case 'polo':
      return svg`${shoulders(colour)}<path d="M26.4 45.2l5.6 4.6-3 3.6-4.2-6zM37.6 45.2l-5.6 4.6 3 3.6 4.2-6z" fill=${fold}/><circle cx="32" cy="53" r=".9" fill=${fold}/><circle cx="32" cy="56.4" r=".9" fill=${fold}/>`;
    case 'blazer':
      return svg`${shoulders(colour)}<path d="M27 45.4L32 56l5-10.6z" fill="#f3f1ec"/><path d="M26 45.6l6 13.4-3.6-1.6-4.6-10zM38 45.6l-6 13.4 3.6-1.6 4.6-10z" fill=${fold}/>`;
    case 'cardigan':
      return svg`${shoulders(colour)}<path d="M27 45.3c1.6 4 8.4 4 10 0L35 64h-6z" fill=${accent ?? shade(colour, 1.55)}/><circle cx="34.6" cy="53" r=".9" fill=${fold}/><circle cx="34.6" cy="57.4" r=".9" fill=${fold}/>`;
    case 'hoodie':
      return svg`${shoulders(colour)}<path d="M21.5 46.6c3-3.4 18-3.4 21 0-2 3.4-6.6 5-10.5 5s-8.5-1.6-10.5-5z" fill=${fold}/><path d="M29.4 50v6.6M34.6 50v6.6" stroke="#f3f1ec" stroke-width="1" stroke-linecap="round"/>`;
    case 'apron':
      return svg`${shoulders(colour)}<path d="M26.6 45.8c1.6 2.6 9.2 2.6 10.8 0" stroke=${fold} stroke-width="1.2" fill="none"/><path d="M23 52h18l2.4 12H20.6z" fill=${accent ?? '#f3f1ec'}/><path d="M24.4 52l2-6.2M39.6 52l-2-6.2" stroke=${accent ?? '#f3f1ec'} stroke-width="1.6"/>`;
    case 'chef':
      return svg`${shoulders('#f3f1ec')}<path d="M25.6 45.2c2 2.8 10.8 2.8 12.8 0l.4 2.2c-3 2.4-10.6 2.4-13.6 0z" fill=${colour}/><g fill=${colour}><circle cx="29" cy="53" r="1"/><circle cx="35" cy="53" r="1"/><circle cx="29" cy="58" r="1"/><circle cx="35" cy="58" r="1"/></g>`;
    case 'scrubs':
      return svg`${shoulders(colour)}<path d="M27.4 45.2L32 52l4.6-6.8" stroke=${fold} stroke-width="1.6" fill="none"/><rect x="37.6" y="53" width="6" height="5" rx=".8" fill=${fold}/>`;
    case 'overalls':
      return svg`${shoulders('#d9dde2')}<path d="M6 64c0-10 5-15.6 13-17.6l4 4.6h18l4-4.6c8 2 13 7.6 13 17.6z" fill=${colour}/><path d="M23 51h18v13H23z" fill=${fold}/><circle cx="25" cy="53" r="1" fill="#e0c36a"/><circle cx="39" cy="53" r="1" fill="#e0c36a"/>`;
    case 'hi-vis':
      return svg`${shoulders(colour)}<path d="M12 64c0-8.6 4.6-14.4 11.4-16.8L29 56v8zM52 64c0-8.6-4.6-14.4-11.4-16.8L35 56v8z" fill="#e9cf1f"/><path d="M13.2 58.4h15.8v2.6H12.6zM35 58.4h15.8l.6 2.6H35z" fill="#c9ced4"/>`;
    default:
      return svg`${shoulders(colour)}<path d="M26.6 45.6c1.6 3.2 9.2 3.2 10.8 0" stroke=${fold} stroke-width="1.4" fill="none"/>`;
  }
}
