import { findNonJson, isPlainObject } from './json';
import type { PersonaStateJson, PersonaStateValidator } from './persona-store';
import { PersonaStoreError } from './persona-store-error';

/** The newest persona state `version` the default validator accepts. */
export const SUPPORTED_PERSONA_STATE_VERSION = 1;

/**
 * The default validator: the state must be a plain JSON object with an integer `version` from 1 to
 * `maxVersion`. The persona engine can inject a stricter one (e.g. its `PersonaState` schema).
 */
export function createPersonaStateValidator(
  maxVersion = SUPPORTED_PERSONA_STATE_VERSION,
): PersonaStateValidator {
  return (state) => {
    if (!isPlainObject(state)) {
      throw new PersonaStoreError('invalid-persona', 'Persona state must be a plain JSON object.');
    }
    const version = state.version;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
      throw new PersonaStoreError(
        'invalid-persona',
        'Persona state needs an integer `version` of at least 1.',
      );
    }
    if (version > maxVersion) {
      throw new PersonaStoreError(
        'unsupported-persona-version',
        `Persona state version ${version} is newer than the supported version ${maxVersion}.`,
      );
    }
    const nonJson = findNonJson(state);
    if (nonJson !== null) {
      throw new PersonaStoreError('invalid-persona', `Persona state is not plain JSON at ${nonJson}.`);
    }
    return state as PersonaStateJson;
  };
}
