/**
 * An error with a stable, machine-readable `code`: the base of `ChatSessionError`,
 * `HandlerError` and `PersonaStoreError`. Branch on `code`; the message is for people.
 */
export class CodedError<Code extends string> extends Error {
  /** A stable, machine-readable reason. */
  readonly code: Code;

  constructor(code: Code, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
