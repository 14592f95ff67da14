/** Why a knowledge base was refused: the `code` of a {@link KnowledgeError}. */
export type KnowledgeErrorCode =
  | 'invalid-knowledge'
  | 'invalid-document'
  | 'missing-title'
  | 'empty-body'
  | 'invalid-id'
  | 'duplicate-id'
  | 'invalid-url'
  | 'invalid-list';

/**
 * A malformed knowledge base or document, refused whole at the boundary (`createOfflineModel`,
 * `setKnowledge`, `markdownDocument`, `htmlDocument`): a `TypeError` with a stable `code` and
 * the position of the bad document in the list (`index`) when there is one.
 */
export class KnowledgeError extends TypeError {
  /** A stable, machine-readable reason. */
  readonly code: KnowledgeErrorCode;
  /** The position of the bad document in the knowledge base, when the error is about one. */
  readonly index: number | undefined;

  constructor(code: KnowledgeErrorCode, message: string, index?: number) {
    super(message);
    this.code = code;
    this.index = index;
  }
}
