/**
 * Saves a Blob as a file through a temporary `<a download>`: works offline and inside an LMS
 * frame, with no server. Used for the reflection answers and the certificate PDF.
 */

/** Starts the download of `blob` as `fileName`; the anchor lives briefly in `root`. */
export function saveFile(root: ShadowRoot | HTMLElement, blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.hidden = true;
  root.append(anchor);
  anchor.click();
  anchor.remove();
  // Some browsers read the URL after click() returns; revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
