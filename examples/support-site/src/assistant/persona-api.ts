import type { Signal } from '@attune/core';

/**
 * What the server answers for the visitor's persona. (It also sends `profile`, the wording a model
 * is given, personality and needs included; the site never shows it: it stays in the export.)
 */
export interface PersonaAnswer {
  /** The persona engine's state, or `null` when nothing is stored. */
  persona: { state: unknown } | null;
  /** How many signals the stored persona learned from. */
  signalCount: number;
}

/** The visitor's persona on the help-centre server (the anonymous cookie says whose). */
export interface PersonaApi {
  /** Reads the stored persona. */
  get(): Promise<PersonaAnswer>;
  /** Records feedback signals; the server scrubs, stores and learns them. */
  postSignals(signals: readonly Signal[]): Promise<PersonaAnswer>;
  /** Replaces the stored persona with engine state (after an unpin or an import in the panel). */
  replace(state: unknown): Promise<PersonaAnswer>;
  /** Forget me: deletes the persona and every signal stored for the visitor. */
  forget(): Promise<{ personas: number; signals: number }>;
  /** The URL of the full JSON export. */
  readonly exportUrl: string;
}

async function answer<T>(response: Response): Promise<T> {
  if (response.ok) return (await response.json()) as T;
  let message = `The server answered ${response.status}.`;
  try {
    const body = (await response.json()) as { error?: { message?: string } };
    if (body.error?.message) message = body.error.message;
  } catch {
    // Not JSON: keep the status line.
  }
  throw new Error(message);
}

/** The persona endpoints under `base` (default `/api`), on the same origin with the visitor cookie. */
export function createPersonaApi(base = '/api'): PersonaApi {
  const json = (method: string, body: unknown): RequestInit => ({
    method,
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return {
    get: async () => answer(await fetch(`${base}/persona`, { credentials: 'same-origin' })),
    postSignals: async (signals) => answer(await fetch(`${base}/signals`, json('POST', { signals }))),
    replace: async (state) => answer(await fetch(`${base}/persona`, json('PUT', { state }))),
    forget: async () =>
      (
        await answer<{ forgotten: { personas: number; signals: number } }>(
          await fetch(`${base}/persona`, { method: 'DELETE', credentials: 'same-origin' }),
        )
      ).forgotten,
    exportUrl: `${base}/persona/export`,
  };
}

/**
 * `api` with `onChange` called after each write it answered (a setting, a replacement, a
 * forget-me), so a page showing what is stored can read it again.
 */
export function notifyingPersonaApi(api: PersonaApi, onChange: () => void): PersonaApi {
  const notify = async <T>(write: Promise<T>): Promise<T> => {
    const result = await write;
    onChange();
    return result;
  };
  return {
    get: () => api.get(),
    postSignals: (signals) => notify(api.postSignals(signals)),
    replace: (state) => notify(api.replace(state)),
    forget: () => notify(api.forget()),
    exportUrl: api.exportUrl,
  };
}
