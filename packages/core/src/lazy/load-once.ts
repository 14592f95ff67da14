import { errorMessage } from '../errors/error-message';
/** A value that is loaded on demand, once. */
export interface LoadOnce<T> {
  /** Starts the load, or joins the one in flight; a failed load is retried by the next call. */
  load(): Promise<T>;
  /** The value once loaded, else `undefined`. */
  current(): T | undefined;
}

/**
 * Wraps a lazy load (typically an `import()` of a separate chunk) so every caller shares one
 * load, the loaded value is readable synchronously afterwards, and a failure rejects with
 * "`what` could not be loaded: …" (the original error as `cause`) without poisoning later tries.
 */
export function loadOnce<T>(what: string, load: () => Promise<T>): LoadOnce<T> {
  let value: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    load() {
      loading ??= load().then(
        (loaded) => {
          value = loaded;
          return loaded;
        },
        (error: unknown) => {
          loading = undefined;
          throw new Error(`${what} could not be loaded: ${errorMessage(error)}`, { cause: error });
        },
      );
      return loading;
    },
    current: () => value,
  };
}
