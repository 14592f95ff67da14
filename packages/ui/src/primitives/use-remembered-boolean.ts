import { useCallback, useEffect, useState } from 'react';

function read(key: string): boolean | undefined {
  try {
    const value = window.localStorage.getItem(key);
    return value === null ? undefined : value === 'true';
  } catch {
    return undefined;
  }
}

/**
 * A boolean remembered in localStorage under `key` (no key: not remembered). SSR-safe: the
 * stored value is read after mount, so the server and first client render agree.
 */
export function useRememberedBoolean(
  key: string | undefined,
  initial: boolean,
): [value: boolean, set: (value: boolean) => void] {
  const [value, setValue] = useState(initial);
  useEffect(() => {
    if (!key) return;
    const stored = read(key);
    if (stored !== undefined) setValue(stored);
  }, [key]);
  const set = useCallback(
    (next: boolean) => {
      setValue(next);
      if (!key) return;
      try {
        window.localStorage.setItem(key, String(next));
      } catch {
        // Storage can be full or blocked; the state still changes for this page.
      }
    },
    [key],
  );
  return [value, set];
}
