import type { Persona } from '@attune/core';
import type { PersonaPanelSource } from '@attune/ui';
import type { PersonaApi } from './persona-api';

/**
 * The persona as the preferences panel edits it, kept in step with the server: a setting is
 * posted as an explicit signal, an unpin or an import replaces the stored state, and Reset is
 * the visitor's forget-me (every stored row is deleted).
 */
export function syncedPanelPersona(
  persona: Persona,
  api: PersonaApi,
  onSyncError: (error: unknown) => void,
): PersonaPanelSource {
  return {
    get space() {
      return persona.space;
    },
    get signalCount() {
      return persona.signalCount;
    },
    directions: () => persona.directions(),
    subscribe: (listener) => persona.subscribe(listener),
    toJSON: () => persona.toJSON(),
    set(id, direction, options) {
      persona.set(id, direction, options);
      api
        .postSignals([
          { kind: 'explicit', dimension: id, direction, pinned: options?.pinned === true, at: Date.now() },
        ])
        .catch(onSyncError);
    },
    unpin(id) {
      persona.unpin(id);
      api.replace(persona.toJSON()).catch(onSyncError);
    },
    load(json) {
      persona.load(json);
      api.replace(persona.toJSON()).catch(onSyncError);
    },
    reset() {
      persona.reset();
      api.forget().catch(onSyncError);
    },
  };
}
