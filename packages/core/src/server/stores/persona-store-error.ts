import { CodedError } from '../../errors/coded-error';

/** Why a persona store refused a call. */
export type PersonaStoreErrorCode =
  | 'invalid-user-id'
  | 'invalid-persona'
  | 'unsupported-persona-version'
  | 'persona-too-large'
  | 'invalid-signal'
  | 'batch-too-large'
  | 'store-full'
  | 'new-user-quota'
  | 'unsupported-schema-version'
  | 'unsupported-prior-format'
  | 'store-closed';

/**
 * The error a persona store throws for bad input or an incompatible database. When it is thrown the
 * stored data is unchanged. Messages name fields and limits, never the user's text.
 */
export class PersonaStoreError extends CodedError<PersonaStoreErrorCode> {
  override readonly name = 'PersonaStoreError';
}
