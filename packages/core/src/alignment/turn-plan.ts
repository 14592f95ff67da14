import type { AttuneMessage, ShapingDimension } from '../message/message';
import type { Style, StyleAxis } from '../style/style';

/** What personalization adds to one request. */
export interface Conditioning {
  /** The alignment mode it applies (reported in the reply's receipt). */
  mode?: 'pba' | 'ica' | 'both' | 'none';
  /** Text appended to the session's own instructions (profile block, style block). */
  instructions?: string;
  /** In-context examples: the user's own past choices, placed before the conversation. */
  examples?: Array<{ prompt: string; chosen: string; rejected?: string }>;
  /** The style asked for, recorded on the reply's metadata. */
  style?: Style;
  /**
   * The compact persona payload for a server (over HTTP): sent under Attune's body key
   * (`attune` by default), never at the top level of the body.
   */
  persona?: unknown;
  /** Extra JSON merged into the top level of the HTTP request body (the app's own fields). */
  body?: Record<string, unknown>;
  /** The dimensions that shaped the reply. */
  shapedBy?: ShapingDimension[];
}

/** What the session should do for the coming reply. */
export interface TurnPlan {
  /** Conditioning for the reply. */
  conditioning: Conditioning;
  /**
   * When set, the session generates one candidate per entry and lets the user choose
   * between them (an active comparison); `conditioning` is then unused.
   */
  compare?: readonly [Conditioning, Conditioning];
  /** When above 1, generate this many candidates and keep the one `pick` prefers (best-of-n). */
  candidates?: number;
}

/** The turn the session is about to request a reply for. */
export interface TurnContext {
  /** The session id. */
  sessionId: string;
  /** The conversation so far, ending with the user message being answered. */
  messages: readonly AttuneMessage[];
  /** Why the reply is requested. */
  trigger: 'submit-message' | 'regenerate-message';
  /**
   * The style axes the reply model declares it can realize (e.g. the offline model's
   * `styleAxes`); a comparison only asks about these. Absent when the model declares none.
   */
  styleAxes?: readonly StyleAxis[];
  /**
   * Where the request goes: `in-process` (a model run by the session: instructions and
   * examples apply) or `http` (a server: only the persona payload travels). Absent = in-process.
   */
  transport?: 'in-process' | 'http';
}
