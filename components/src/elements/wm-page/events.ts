/**
 * Events `<wm-page>` dispatches: none. A page has no answers to keep; the shell marks it
 * completed when it shows it. The file exists so every leaf element has the same layout.
 */
export {};
