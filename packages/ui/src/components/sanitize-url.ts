const SAFE_PROTOCOL = /^(https?:|mailto:)/i;
/** Raster `data:` images: an `<img>` shows them without reaching a server or running script. */
export const RASTER_DATA_IMAGE = /^data:image\/(?:png|gif|jpeg|webp|avif)[;,]/i;

/** A URL with a scheme (`x:`), as opposed to a path relative to the page. */
const HAS_SCHEME = /^[a-z][a-z\d+.-]*:/i;

/**
 * Keeps only http(s) and mailto URLs in links and images; an `<img>` source may also be a raster
 * `data:` image or a path on the page's own site. Any other URL is dropped.
 */
export function sanitizeUrl(value: string, tag: string, attribute: string): string | null {
  if (attribute !== 'href' && attribute !== 'src') return value;
  const url = value.trim();
  if (tag === 'img' && attribute === 'src' && (RASTER_DATA_IMAGE.test(url) || !HAS_SCHEME.test(url)))
    return url;
  return SAFE_PROTOCOL.test(url) ? url : null;
}
