const SAFE_PROTOCOL = /^(https?:|mailto:)/i;

/** Keeps only http(s) and mailto URLs in links and images; any other URL is dropped. */
export function sanitizeUrl(value: string, _tag: string, attribute: string): string | null {
  if (attribute !== 'href' && attribute !== 'src') return value;
  const url = value.trim();
  return SAFE_PROTOCOL.test(url) ? url : null;
}
