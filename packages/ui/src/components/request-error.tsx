'use client';
import { useEffect, useState } from 'react';
import { useStrings } from '../provider';
import { icons } from './icons';

/** Props of {@link RequestError}. */
export interface RequestErrorProps {
  /** What went wrong (the server's message). */
  message: string;
  /** The server's reason, e.g. `rate-limited`. */
  code?: string;
  /** When a retry is allowed (ms since epoch); Retry waits until then. */
  retryAt?: number;
  /** Retry; shows a Retry button when given. */
  onRetry?: () => void;
  /**
   * Empties the conversation (the persona stays); shows a "Start a new conversation" button when
   * given and the request was too large (`body-too-large`).
   */
  onNewConversation?: () => void;
}

/** Whole seconds until `retryAt`, ticking once a second until it is reached. */
const secondsUntil = (retryAt: number | undefined) =>
  retryAt === undefined ? 0 : Math.max(0, Math.ceil((retryAt - Date.now()) / 1000));

function useSecondsUntil(retryAt: number | undefined): number {
  const [seconds, setSeconds] = useState(() => secondsUntil(retryAt));
  useEffect(() => {
    setSeconds(secondsUntil(retryAt));
    if (retryAt === undefined || retryAt <= Date.now()) return;
    const timer = setInterval(() => {
      const next = secondsUntil(retryAt);
      setSeconds(next);
      if (next === 0) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [retryAt]);
  return seconds;
}

/**
 * A failed request, said politely: a rate limit reads as "a little quickly, try again in N s"
 * and its Retry button waits until the server allows it; a body over the server's limit
 * (`body-too-large`: the session already leaves earlier messages' files out, so it is this
 * message's own files) says so, with no Retry, which would send the same body again, and offers
 * to start a new conversation; anything else shows the server's message. An alert, so screen
 * readers hear it once.
 */
export function RequestError({ message, code, retryAt, onRetry, onNewConversation }: RequestErrorProps) {
  const strings = useStrings();
  const seconds = useSecondsUntil(retryAt);
  const limited = code === 'rate-limited';
  const tooLarge = code === 'body-too-large';
  return (
    <div className="attune-message-error" role="alert" data-code={code}>
      {icons.alert}
      <span>
        {limited
          ? strings.rateLimited(seconds)
          : tooLarge
            ? strings.tooLarge
            : `${strings.errorTitle} ${message}`}
      </span>
      {onRetry && !tooLarge ? (
        <button
          type="button"
          className="attune-button attune-button-small"
          onClick={onRetry}
          disabled={seconds > 0}
        >
          {strings.retry}
        </button>
      ) : null}
      {onNewConversation && tooLarge ? (
        <button type="button" className="attune-button attune-button-small" onClick={onNewConversation}>
          {strings.newConversation}
        </button>
      ) : null}
    </div>
  );
}
