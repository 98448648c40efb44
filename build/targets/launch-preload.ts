/**
 * A small inline script for the launch page that asks for the table of contents in the
 * learner's likely language (and that language's interface-text chunk) while the player's
 * JavaScript downloads, instead of after it: on a phone connection (150 ms round trip) a request
 * chain costs a round trip per link. The player fetches the same URLs the same way
 * (components/src/app/fetch-course-text.ts), so the browser hands over these responses.
 *
 * The guess is the player's own choice without the LMS's word, which only the tracker knows
 * after it starts (components/src/elements/wm-course/locale-choice.ts: the learner's stored
 * choice, the LMS page's language, the browser's languages, the source locale), made from the
 * same matching (exact tag, then language, then LANGUAGE_FALLBACKS). When the LMS names another language, the player fetches that one and this
 * response goes unused. A page where inline scripts are not allowed loads as before.
 */
import { tocPath } from '../../components/src/app/content-paths.ts';
import { LANGUAGE_FALLBACKS, localeStorageKey } from '../../components/src/elements/wm-course/locale-choice.ts';
import type { Locale } from '../../course/schema/ids.ts';
import type { FileSet } from '../context.ts';

export interface PreloadInput {
  /** The package unit's id (the stored language choice is kept per unit). */
  courseId: string;
  /** The bundled player: its interface-text chunks (`nl.js`, `nb.js`, one per `locales/` folder) are preloaded when they exist. */
  app: FileSet;
  locales: readonly Locale[];
}

/** The script element for the launch page's head, after the launch configuration it reads. */
export function launchPreloadScript({ courseId, app, locales }: PreloadInput): string {
  // A course locale's interface text is its own folder's chunk or its language's (ui-text.ts);
  // English is in the launch bundle, never a chunk to fetch.
  const chunkFor = (l: Locale) => [l, l.split('-')[0]!].find((tag) => !tag.startsWith('en') && app.has(`${tag}.js`));
  const chunks = Object.fromEntries(locales.flatMap((l) => (chunkFor(l) ? [[l, `./${chunkFor(l)}.js`]] : [])));
  const toc = tocPath('{locale}' as Locale);
  // Plain ES2020, no imports: it runs before the player, in every browser the player supports.
  const script = `(()=>{try{
const c=JSON.parse(document.getElementById("wm-launch-config").textContent),a=${JSON.stringify(LANGUAGE_FALLBACKS)},u=${JSON.stringify(chunks)};
const n=t=>{const p=t.trim().replace(/_/g,"-");try{return Intl.getCanonicalLocales(p)[0]||p}catch(e){return p.toLowerCase()}};
const g=l=>l.toLowerCase().split("-")[0];
const m=t=>{if(!t||!t.trim())return;const w=n(t).toLowerCase(),e=c.locales.find(l=>l.toLowerCase()===w);if(e)return e;for(const d of [g(w),...(Object.hasOwn(a,g(w))?a[g(w)]:[])]){const f=c.locales.find(l=>g(l)===d);if(f)return f}};
const s=()=>{try{return localStorage.getItem(${JSON.stringify(localeStorageKey(courseId))})}catch(e){}};
const p=()=>{let w=window;for(let i=0;i<10;i++){try{const q=w.parent;if(!q||q===w)return;const g=q.document.documentElement.lang.trim();if(g)return g;w=q}catch(e){return}}};
const l=[s(),p(),...(navigator.languages||[])].map(m).find(Boolean)||c.sourceLocale;
const k=(r,h,f)=>{const e=document.createElement("link");e.rel=r;if(f)e.as=f;e.crossOrigin="anonymous";e.href=h;document.head.append(e)};
k("preload",${JSON.stringify(toc)}.replace("{locale}",l),"fetch");if(u[l])k("modulepreload",u[l]);
}catch(e){}})()`;
  return `<script>${script.replace(/\n/g, '')}</script>`;
}
