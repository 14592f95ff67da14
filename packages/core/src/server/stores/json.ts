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
export function findNonJson(value: unknown, maxDepth = 64): string | null {
  const ancestors: object[] = [];
  const visit = (item: unknown): boolean => {
    if (item === null || typeof item === 'string' || typeof item === 'boolean') return true;
    if (typeof item === 'number') return Number.isFinite(item);
    if (typeof item !== 'object' || ancestors.length >= maxDepth || ancestors.includes(item)) return false;
    const isArray = Array.isArray(item);
    if (!isArray && !isPlainObject(item)) return false;
    ancestors.push(item);
    if (isArray) {
      for (let index = 0; index < item.length; index++) {
        if (!visit(item[index])) return fail(`[${index}]`);
      }
    } else {
      for (const key in item) {
        if (Object.hasOwn(item, key) && !visit((item as Record<string, unknown>)[key]))
          return fail(`.${key}`);
      }
    }
    ancestors.pop();
    return true;
  };
  const path: string[] = [];
  const fail = (step: string): false => {
    path.unshift(step);
    return false;
  };
  return visit(value) ? null : `$${path.join('')}`;
}
