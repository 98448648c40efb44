/**
 * Types for archiver 8, whose class-based API (`new ZipArchive(...)`) the published
 * @types/archiver (written for archiver 7's factory function) does not describe.
 */
declare module 'archiver' {
  import type { Transform } from 'node:stream';

  interface EntryData {
    name: string;
    date?: Date;
    mode?: number;
    store?: boolean;
  }

  export class ZipArchive extends Transform {
    constructor(options?: { zlib?: { level?: number }; forceLocalTime?: boolean; comment?: string });
    append(source: Buffer | string, data: EntryData): this;
    finalize(): Promise<void>;
    pointer(): number;
  }
}
