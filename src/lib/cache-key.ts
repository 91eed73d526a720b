/**
 * A page's key for Astro's incremental build (astro.config.ts): a digest of the data the page shows. Astro copies
 * a page from its last build when the key and the page's code are unchanged, so a part of the data left out of
 * the key is a page published stale, without any error. Hence the strictness: object keys are sorted (the order
 * a loader happens to give says nothing), and a value JSON would drop or distort (a function, a Map, a Set, a
 * number that is not finite) is refused rather than hashed as something else.
 */
import { createHash } from 'node:crypto';

/**
 * Astro's image objects (an article's `image:`) report reading `src` as a use of the original file, which Astro
 * then publishes as it is, camera metadata and all (tests/site/exif.test.ts). The same value is kept under this
 * symbol without that side effect (astro/dist/assets/utils/image-asset.js).
 */
const UNTRACKED_IMAGE_SRC = Symbol.for('astro:image-asset:raw-src');

function propertyOf(value: object, key: string, path: string): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(value, key);
  if (descriptor && 'value' in descriptor) return descriptor.value;
  if (key === 'src' && UNTRACKED_IMAGE_SRC in value)
    return (value as Record<symbol, unknown>)[UNTRACKED_IMAGE_SRC];
  throw new TypeError(`cacheKey: ${path}.${key} is computed by a getter, which reading could set off`);
}

function plain(value: unknown, path: string): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`cacheKey: ${path} is ${value}, which JSON cannot hold`);
    return value;
  }
  if (value instanceof Date) return { date: value.toISOString() };
  if (value instanceof URL) return value.href;
  if (Array.isArray(value)) return value.map((item, index) => plain(item, `${path}[${index}]`));
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const item = propertyOf(value, key, path);
      if (item !== undefined) sorted[key] = plain(item, `${path}.${key}`);
    }
    return sorted;
  }
  if (value === undefined)
    throw new TypeError(`cacheKey: ${path} is undefined, which JSON cannot hold in a list`);
  const kind = typeof value === 'object' ? (value.constructor?.name ?? 'object') : typeof value;
  throw new TypeError(`cacheKey: ${path} is a ${kind}; give the key plain data`);
}

/** A hex digest of `value`, which must be plain data: objects, arrays, strings, numbers, booleans, null, Dates. */
export function cacheKey(value: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(plain(value, 'value')))
    .digest('hex')
    .slice(0, 32);
}
