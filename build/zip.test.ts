import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { zipFiles } from './zip.ts';

const files = (order: string[]) => new Map(order.map((p) => [p, Buffer.from(`content of ${p}\n`)]));

describe('zipFiles', () => {
  it('gives byte-identical zips for the same files, whatever order they were added in', async () => {
    const a = await zipFiles(files(['b.txt', 'a/c.json', 'index.html']));
    await new Promise((r) => setTimeout(r, 1100)); // a zip stamped with "now" would differ after a second
    const b = await zipFiles(files(['index.html', 'a/c.json', 'b.txt']));
    expect(a.equals(b)).toBe(true);
  });

  it('stores entries sorted by path, dated 2020-01-01, readable by a standard unzip', async () => {
    const zip = await zipFiles(files(['z.txt', 'a.txt', 'm/n.txt']));
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'wm-zip-')), 'x.zip');
    writeFileSync(file, zip);
    const listing = execFileSync('python3', ['-c', `import zipfile,sys
z=zipfile.ZipFile(sys.argv[1])
for i in z.infolist(): print(i.filename, i.date_time[:3], z.read(i).decode().strip())`, file]).toString();
    expect(listing.trim().split('\n')).toEqual([
      'a.txt (2020, 1, 1) content of a.txt',
      'm/n.txt (2020, 1, 1) content of m/n.txt',
      'z.txt (2020, 1, 1) content of z.txt',
    ]);
  });
});
