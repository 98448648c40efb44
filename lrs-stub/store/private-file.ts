/**
 * Files that hold learners' data or the LRS's key are created readable by their owner only
 * (0600). A mode given to open() is filtered through the process umask, which is the
 * environment's choice, so the mode is set again with fchmod on the new file: the result is
 * 0600 under any umask. Existing files are left as their owner set them.
 */
import { closeSync, fchmodSync, openSync, writeSync } from 'node:fs';

export const PRIVATE_MODE = 0o600;

/** Creates `path` empty and 0600; returns false (and changes nothing) when it exists. */
export function createPrivateFile(path: string, content?: string): boolean {
  let fd: number;
  try {
    // 'wx' is O_CREAT | O_EXCL: only a file this call creates gets its mode set here.
    fd = openSync(path, 'wx', PRIVATE_MODE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    fchmodSync(fd, PRIVATE_MODE);
    if (content !== undefined) writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
  return true;
}
