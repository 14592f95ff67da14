import type { SourceDocumentUIPart, SourceUrlUIPart, UIMessage } from 'ai';
import type { Style } from '../style/style';

/** A dimension that shaped a reply, as shown by "why this reply". */
export interface ShapingDimension {
  /** Dimension id in the persona's preference space. */
  id: string;
  /** Human label of the preferred pole. */
  label: string;
  /** 1 = positive pole, 0 = negative pole (0.5 never shapes a reply). */
  direction: number;
  /** How sure the estimate is, in [0, 1]. */
  confidence: number;
  /** True when the user set or pinned the dimension. */
  pinned?: boolean;
}

/** Where the conditioning of a reply came from. */
export type ConditioningSource = 'stored' | 'payload' | 'in-process';

/** A reply that was conditioned: what was applied, and from where. */
export interface AppliedConditioning {
  /** The alignment mode applied. */
  mode: 'pba' | 'ica' | 'both' | 'none';
  /** `stored`: the user's persona on the server; `payload`: the client's persona payload; `in-process`: the session itself. */
  source: ConditioningSource;
  /** The style asked of the model (levels in [-1, 1]). */
  style?: Style;
  /** The dimensions that shaped the reply. */
  shapedBy?: ShapingDimension[];
  /** How many in-context examples went before the conversation. */
  examples?: number;
}

/**
 * What the reply's producer says it applied: {@link AppliedConditioning}, or `{ source: 'none' }`
 * when the reply was not conditioned at all. A server sends it as message metadata
 * (`metadata.conditioning`) and, for clients that read no metadata, in the
 * `x-attune-conditioning` response header.
 */
export type ConditioningReceipt = AppliedConditioning | { source: 'none' };

/** One of the two candidates of an active comparison. */
export interface ComparisonCandidate {
  /** The candidate's full text. */
  text: string;
  /** The style it was generated with (from its receipt). */
  style?: Style;
  /** The dimensions that shaped it (from its receipt). */
  shapedBy?: ShapingDimension[];
  /** What its producer says it applied. */
  conditioning?: ConditioningReceipt;
  /** The sources it drew on: its `source-url` and `source-document` parts, in order; absent when none. */
  sources?: Array<SourceUrlUIPart | SourceDocumentUIPart>;
}

/** An active comparison attached to an assistant message. */
export interface Comparison {
  /** Stable id, used by `session.choose(comparisonId, option)`. */
  id: string;
  /** The two candidates (index 0 and 1). */
  candidates: [ComparisonCandidate, ComparisonCandidate];
  /** The user's choice: a candidate index, `'none'` for no preference; absent while pending. */
  chosen?: 0 | 1 | 'none';
}

/** Attune's metadata on a chat message. */
export interface AttuneMessageMetadata {
  /** When the message was created (ms since epoch). */
  createdAt?: number;
  /** The user's thumb on an assistant reply. */
  rating?: 'up' | 'down' | null;
  /** Set when the reply was stopped by the user before it finished. */
  stopped?: boolean;
  /** Set when the reply failed; the message explains why. */
  error?: string;
  /** The server's reason when the reply failed (e.g. `rate-limited`, `store-unavailable`). */
  errorCode?: string;
  /** When a refused request may be retried (ms since epoch), from the server's `Retry-After`. */
  retryAt?: number;
  /** What the reply's producer (the server, or the session's in-process model) says it applied. */
  conditioning?: ConditioningReceipt;
  /** The style the reply was generated with, as its receipt says. */
  style?: Style;
  /** The dimensions that shaped the reply, as its receipt says. */
  shapedBy?: ShapingDimension[];
  /** Present when the reply is an active comparison between two candidates. */
  comparison?: Comparison;
  /**
   * Set when the server answered without personalization: `paused` while its persona store is
   * failing, `limited` when the client's network has added its quota of new users for now.
   */
  personalization?: 'paused' | 'limited';
}

/** A chat message: an AI SDK 7 `UIMessage` with Attune's metadata. */
export type AttuneMessage = UIMessage<AttuneMessageMetadata>;
