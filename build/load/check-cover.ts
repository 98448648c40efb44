/**
 * The course's own pictures: the cover (`cover` in course.yaml) and each module's card art
 * (`card` in module.yaml). Each is a file directly inside the course's `media/` folder, written
 * as a path from the course folder (`media/cover.svg`, `media/card-feedback.svg`) in course.yaml
 * and module.yaml alike, so an author never counts `../`. Checked like every page image
 * (check-media.ts) and shipped once at the same path, so the player shows it from
 * `media/<name>` in any package.
 */
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { contentError, type ContentError, type Location } from '../errors/content-error.ts';
import { checkMedia } from './check-media.ts';
import type { MediaFile } from './load-course.ts';

export interface PictureCheck {
  errors: ContentError[];
  /** The file to ship when the picture is fine. */
  media?: MediaFile;
}

type Reason = 'outside-media' | 'missing';

/** Checks `picture` (a path from the course folder) and reports a problem with `notFound`. */
async function checkCoursePicture(root: string, picture: string, notFound: (reason: Reason) => ContentError): Promise<PictureCheck> {
  if (!/^media\/[^/\\]+$/.test(picture) || picture.includes('..')) return { errors: [notFound('outside-media')] };
  const source = join(root, picture);
  try {
    await access(source);
  } catch {
    return { errors: [notFound('missing')] };
  }
  const errors = await checkMedia(root, picture);
  return errors.length > 0 ? { errors } : { errors, media: { source, target: picture } };
}

export function checkCover(root: string, cover: string, at: Location): Promise<PictureCheck> {
  return checkCoursePicture(root, cover, (reason) => contentError('CoverNotFound', { cover, reason }, at));
}

/** A module's card art; `module` is its id, for the message. */
export function checkCard(root: string, card: string, module: string, at: Location): Promise<PictureCheck> {
  return checkCoursePicture(root, card, (reason) => contentError('CardNotFound', { card, module, reason }, at));
}
