/** A value that survives `JSON.stringify` / `JSON.parse` unchanged. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A JSON object. */
export type JsonObject = { [key: string]: JsonValue };

/** True for a plain object (`{}` literal or `Object.create(null)`), not arrays, dates or class instances. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Returns the path of the first part of `value` that is not JSON (a function, `undefined`, a non-finite
 * number, a class instance, a cycle, nesting beyond `maxDepth`), or `null` when all of it is JSON.
 */
export function findNonJson(
  value: unknown,
  maxDepth = 64,
  path = '$',
  ancestors: object[] = [],
): string | null {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? null : path;
  if (typeof value !== 'object') return path;
  if (ancestors.length >= maxDepth || ancestors.includes(value)) return path;
  const inner = [...ancestors, value];
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const found = findNonJson(value[index], maxDepth, `${path}[${index}]`, inner);
      if (found !== null) return found;
    }
    return null;
  }
  if (!isPlainObject(value)) return path;
  for (const [key, item] of Object.entries(value)) {
    const found = findNonJson(item, maxDepth, `${path}.${key}`, inner);
    if (found !== null) return found;
  }
  return null;
}
