/**
 * Types for the parts of the `xliff` package (locize/xliff) this folder uses: the package ships
 * JavaScript only. Its JS shape: resources by <file> id, then units (or groups with
 * `groupUnits`) by id.
 */
declare module 'xliff' {
  export interface XliffUnit {
    source?: string;
    target?: string;
    /** One note, or several. */
    note?: string | string[];
    /** Written as attributes of <unit> (2.0) or <trans-unit> (1.2). */
    additionalAttributes?: Record<string, string | number>;
  }
  export interface XliffGroup {
    groupUnits: Record<string, XliffUnit | XliffGroup>;
    additionalAttributes?: Record<string, string | number>;
  }
  export interface XliffJs {
    sourceLanguage?: string;
    targetLanguage?: string;
    resources: Record<string, Record<string, XliffUnit | XliffGroup>>;
  }
  export interface WriteOptions {
    indent?: string;
    targetXliffVersion?: '2.0' | '2.1';
  }
  export function js2xliff(js: XliffJs, options?: WriteOptions): Promise<string>;
  export function jsToXliff12(js: XliffJs, options?: WriteOptions): Promise<string>;
  export function xliff2js(xml: string): Promise<XliffJs>;
  export function xliff12ToJs(xml: string): Promise<XliffJs>;
}
