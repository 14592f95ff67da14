import {
  type ChatSession,
  createChatSession,
  createLocalStorage,
  createPersona,
  createPersonalization,
  type Persona,
} from '@attune/core';
import type { PersonaPanelSource } from '@attune/ui';
import { createPersonaApi, notifyingPersonaApi, type PersonaApi } from './persona-api';
import { syncedPanelPersona } from './synced-panel-persona';
import { syncedPersonalization } from './synced-personalization';

/** Everything the help centre's chat needs, created once per page load. */
export interface SiteAssistant {
  /** The chat session (conversation kept in this browser; persona on the server). */
  session: ChatSession;
  /** The visitor's persona, as the widget's preferences panel shows and edits it. */
  panelPersona: PersonaPanelSource;
  /** The persona endpoints. */
  api: PersonaApi;
  /** Resolves once the stored persona was loaded from the server (or found missing). */
  ready: Promise<void>;
  /** Forget me: deletes everything stored on the server, resets the persona and clears the conversation. */
  forget(): Promise<{ personas: number; signals: number }>;
  /** Reloads the persona from the server (e.g. after another tab changed it), plus the feedback still waiting to be sent. */
  refresh(): Promise<void>;
  /**
   * Calls `listener` once what the server stores may have changed: a reply finished (the server
   * records a turn before its reply ends), or a setting, replacement or forget-me was answered.
   * Returns the unsubscribe function.
   */
  onStoredChange(listener: () => void): () => void;
}

const reportSyncError = (error: unknown) =>
  console.warn('Parcelwise: could not sync your preferences with the server.', error);

/**
 * Wires Attune for the help centre: a persona in the browser that mirrors the one on the server,
 * PBA conditioning over HTTP (the page sends only a compact persona payload and the signals it
 * learned; the server writes the instructions and says in each reply's receipt what it applied), an active comparison when a choice would teach the most (never on the first
 * reply), and the conversation saved in localStorage.
 */
export function createSiteAssistant(): SiteAssistant {
  const stored = new Set<() => void>();
  const storedChanged = () => {
    for (const listener of stored) listener();
  };
  const api = notifyingPersonaApi(createPersonaApi('/api'), storedChanged);
  const persona: Persona = createPersona();
  // The defaults (PBA, sent over HTTP because the session talks to `api`), starting from the help
  // centre's population prior when the server has fitted one (cold otherwise).
  const personalization = createPersonalization({ persona, prior: '/api/prior' });
  const session = createChatSession({
    id: 'parcelwise-help',
    api: '/api/chat',
    personalization: syncedPersonalization(personalization),
    storage: createLocalStorage({ prefix: 'parcelwise:' }),
  });

  const refresh = async () => {
    const [answer] = await Promise.all([api.get(), session.ready]);
    if (answer.persona) persona.load(answer.persona.state);
    else persona.reset();
    // Feedback given before a reload waits in the saved session for the next message: the server
    // has not learned it yet, this browser has, so the panel shows it (and counts it) now.
    for (const signal of session.getState().waitingSignals) persona.observe(signal);
  };

  // The server has recorded a turn by the time its reply ends (or fails).
  const busy = (status: string) => status === 'submitted' || status === 'streaming';
  session.subscribe(
    (state) => state.status,
    (status, previous) => {
      if (busy(previous) && !busy(status)) storedChanged();
    },
  );

  return {
    session,
    panelPersona: syncedPanelPersona(persona, api, reportSyncError),
    api,
    ready: refresh().catch(reportSyncError),
    refresh,
    async forget() {
      const forgotten = await api.forget();
      // Also drops the feedback no request has carried yet, so none of it reaches the server again.
      await session.resetPersona();
      await session.clear();
      return forgotten;
    },
    onStoredChange(listener) {
      stored.add(listener);
      return () => stored.delete(listener);
    },
  };
}
