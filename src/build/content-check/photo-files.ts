/**
 * Every photo file in content/ and public/, whether an article shows it or not: one the build cannot read (an
 * iPhone HEIC, whatever its name, or a damaged file) is refused, and so is one that records where it was taken.
 * The build re-encodes the photos articles show, which drops their EXIF and GPS data (tests/site/exif.test.ts),
 * but the file itself stays in the site's repository, and files in public/ are published exactly as they are.
 */
import { join } from 'node:path';
import { imageWidth } from './image-width.ts';
import {
  HEIC_FIX,
  hasHeifExtension,
  hasReadableExtension,
  isPhotoFile,
  UNREADABLE_FIX,
} from './photo-format.ts';
import { hasLocation } from './photo-location.ts';
import { fileProblem, type Problem } from './problem.ts';

export const LOCATION_FIX =
  'remove the location and save the photo again: on a Mac, open it in Preview, choose Tools → Show Inspector, ' +
  'the (i) tab, then GPS → Remove Location Info; on an iPhone, before sharing or saving the photo tap Options ' +
  'and turn Location off; on Windows, right-click it, Properties → Details → Remove Properties and Personal Information';

/**
 * `files` are paths from `root` with forward slashes; `shown` are the files articles show, whose format
 * problems images.ts already reports on the article's line.
 */
export async function photoFileProblems(
  root: string,
  files: readonly string[],
  shown: ReadonlySet<string>,
): Promise<Problem[]> {
  const perFile = await Promise.all(
    files.filter(isPhotoFile).map(async (file): Promise<Problem[]> => {
      const problem = (message: string, fix: string) => fileProblem(file, message, fix);
      const path = join(root, file);
      const size = await imageWidth(path);
      if (hasHeifExtension(file) || size === 'heic') {
        return shown.has(file)
          ? []
          : [problem('this is an iPhone HEIC photo, which the site cannot read', HEIC_FIX)];
      }
      if (size === 'unreadable' || !hasReadableExtension(file)) {
        return shown.has(file) ? [] : [problem('this is not an image the site can read', UNREADABLE_FIX)];
      }
      if (size === 'vector' || size === 'missing') return [];
      // sharp reads what the build will read: a header image-size accepts but sharp refuses is refused too
      // (images.ts found the header good, so this is its only report).
      const located = await hasLocation(path).catch(() => 'unreadable' as const);
      if (located === 'unreadable')
        return [problem('this is not an image the site can read', UNREADABLE_FIX)];
      return located
        ? [problem('the photo records the place where it was taken (GPS location)', LOCATION_FIX)]
        : [];
    }),
  );
  return perFile.flat();
}
