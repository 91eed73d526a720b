/**
 * Images an article shows: the cover (frontmatter image.src) and those in its body. Each must exist, have alt
 * text, and be at least as wide as the slot it fills. Widths come from the file headers (image-width.ts), all
 * files at once, each file once.
 */
import { dirname, join, relative, resolve } from 'node:path';
import { imageWidth, type ImageWidth } from './image-width.ts';
import { HEIC_FIX, hasHeifExtension, hasReadableExtension, UNREADABLE_FIX } from './photo-format.ts';
import type { Problem } from './problem.ts';
import type { Position } from './yaml-source.ts';

export const COVER_MIN_WIDTH = 1200;
export const BODY_MIN_WIDTH = 800;

export interface ImageUse {
  /** The article, relative to the root. */
  file: string;
  field: string;
  at: Position;
  src: string;
  alt: string | undefined;
  minWidth: number;
  slot: string;
}

function widthReader() {
  const cache = new Map<string, Promise<ImageWidth>>();
  return (path: string) => {
    let size = cache.get(path);
    if (!size) cache.set(path, (size = imageWidth(path)));
    return size;
  };
}

/** `my%20photo.jpg` names `my photo.jpg`; a malformed escape is kept as written (and then not found). */
function decoded(src: string): string {
  try {
    return decodeURIComponent(src);
  } catch {
    return src;
  }
}

const isRemote = (src: string) => /^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//');

/** The image files `uses` name, relative to `root` with forward slashes: the photo-file check skips these. */
export function usedImageFiles(root: string, uses: readonly ImageUse[]): Set<string> {
  return new Set(
    uses
      .filter((use) => !isRemote(use.src))
      .map((use) => relative(root, imagePath(root, use)).split('\\').join('/')),
  );
}

function imagePath(root: string, use: ImageUse): string {
  const clean = decoded(use.src.replace(/[?#].*$/, ''));
  return clean.startsWith('/') ? join(root, 'public', clean) : resolve(dirname(join(root, use.file)), clean);
}

/** Problems with every image in `uses`; `root` is the project folder (public/ holds `/…` images). */
export async function imageProblems(root: string, uses: readonly ImageUse[]): Promise<Problem[]> {
  const widthOf = widthReader();
  const perUse = await Promise.all(
    uses.map(async (use): Promise<Problem[]> => {
      const problems: Problem[] = [];
      const problem = (field: string, message: string, fix: string) =>
        problems.push({ file: use.file, ...use.at, field, message, fix, severity: 'error' });
      const altField = use.field === 'image.src' ? 'image.alt' : use.field;
      if (use.alt !== undefined && use.alt.trim() === '') {
        problem(
          altField,
          `the ${use.slot} has no alt text`,
          'describe what the image shows for readers who cannot see it, in a few words',
        );
      }
      if (isRemote(use.src)) {
        if (use.field === 'image.src') {
          problem(
            use.field,
            `the ${use.slot} must be a file of the site, not "${use.src}"`,
            'save the image next to the article and write ./its-name.jpg',
          );
        }
        return problems;
      }
      const clean = decoded(use.src.replace(/[?#].*$/, ''));
      const path = imagePath(root, use);
      if (hasHeifExtension(clean)) {
        problem(
          use.field,
          `the ${use.slot} "${use.src}" is an iPhone HEIC photo, which the site cannot read`,
          HEIC_FIX,
        );
        return problems;
      }
      const size = await widthOf(path);
      if (size === 'missing') {
        problem(
          use.field,
          `the ${use.slot} "${use.src}" does not exist`,
          clean.startsWith('/')
            ? `put the file in public${clean}, or correct the name`
            : `put the file next to the article (${dirname(use.file)}/), or correct the name: ${use.field === 'image.src' ? 'image.src' : 'the path'} is relative to the article`,
        );
      } else if (size === 'heic') {
        problem(
          use.field,
          `the ${use.slot} "${use.src}" is an iPhone HEIC photo with a .${clean.split('.').pop()} name, which the site cannot read`,
          HEIC_FIX,
        );
      } else if (size === 'unreadable' || !hasReadableExtension(clean)) {
        problem(use.field, `the ${use.slot} "${use.src}" is not an image the site can read`, UNREADABLE_FIX);
      } else if (size !== 'vector' && size.width < use.minWidth) {
        problem(
          use.field,
          `the ${use.slot} "${use.src}" is ${size.width} pixels wide; it needs at least ${use.minWidth} to stay sharp`,
          `use a larger original, at least ${use.minWidth} pixels wide`,
        );
      }
      return problems;
    }),
  );
  return perUse.flat();
}
