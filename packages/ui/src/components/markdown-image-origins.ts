import { useMemo } from 'react';
import { RASTER_DATA_IMAGE } from './sanitize-url';

/**
 * Normalizes the origins images in markdown may load from without a click
 * (`https://cdn.example.com/any/path` → `https://cdn.example.com`).
 * @throws RangeError with `code: 'invalid-image-origin'` for a value that is not an absolute http(s) URL.
 */
export function normalizeImageOrigins(origins: readonly string[]): string[] {
  return origins.map((origin) => {
    const url = URL.canParse(origin) ? new URL(origin) : undefined;
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
      throw Object.assign(new RangeError(`imageOrigins: "${origin}" is not an absolute http(s) URL`), {
        code: 'invalid-image-origin',
      });
    return url.origin;
  });
}

/** True when `src` may load without a click: a raster `data:` image, the page's origin or an allowed one. */
export function isImageAllowed(
  src: string,
  origins: readonly string[],
  pageOrigin: string | undefined,
): boolean {
  if (RASTER_DATA_IMAGE.test(src)) return true;
  if (!URL.canParse(src, pageOrigin)) return false;
  const { origin } = new URL(src, pageOrigin);
  return origin === pageOrigin || origins.includes(origin);
}

/**
 * `normalizeImageOrigins` memoized by the origins' values, not the array's identity, so an inline
 * `imageOrigins={[…]}` does not re-render every reply on each render. `undefined` stays `undefined`.
 */
export function useNormalizedImageOrigins(
  origins: readonly string[] | undefined,
): readonly string[] | undefined {
  const key = origins?.join('\n');
  return useMemo(() => (key === undefined ? undefined : normalizeImageOrigins(key.split('\n'))), [key]);
}
