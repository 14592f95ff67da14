'use client';
import { type AttuneMessage, ChatRequestError, messageText } from '@attune/core';
import { useChatActions, useChatStore, useLiveMessage, useMessageIds, useStatus } from '@attune/core/react';
import { lazy, memo, type ReactNode, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { LiveRegion } from '../primitives/live-region';
import { runAction } from '../primitives/run-action';
import { useStickToBottom } from '../primitives/use-stick-to-bottom';
import { type AttuneSettings, kitComponent, type RootProps, useStrings } from '../provider';
import type { ComparisonChoice } from './compare-replies';
import type { Rating } from './feedback-buttons';
import { icons } from './icons';
import { preloadMarkdown } from './markdown';
import { Message } from './message';
import type { DataRenderers } from './message-parts';
import { RequestError } from './request-error';
import type { ToolRenderers } from './tool-call';

/** The virtualizer (and its row layout) loads only when a thread first grows long. */
const loadVirtualRows = () => import('./virtual-rows');
const VirtualRows = lazy(() => loadVirtualRows().then((module) => ({ default: module.VirtualRows })));

/** Props of {@link MessageList}. */
export interface MessageListProps extends AttuneSettings {
  /** Virtualize the thread above this many messages (default 150). */
  virtualizeAbove?: number;
  /** Shown when there are no messages (defaults to a short welcome). */
  empty?: ReactNode;
  /** Custom tool-call renderers by tool name (keep the object stable, e.g. module-level). */
  toolRenderers?: ToolRenderers;
  /** Renderers of the server's data parts by name, `status` for `data-status` (keep the object stable). */
  dataRenderers?: DataRenderers;
  /** Extra class on the root. */
  className?: string;
}

/**
 * One message, read from the session by id; only it re-renders while it streams (at most once
 * per frame), and a list re-render passes it by (memo). A user message
 * can always be edited by its props; while a reply is on its way the list hides the Edit buttons
 * with CSS (`aria-busy`), so the status never re-renders the thread.
 */
const SessionMessage = memo(function SessionMessage({
  id,
  streaming,
  toolRenderers,
  dataRenderers,
}: {
  id: string;
  streaming: boolean;
  toolRenderers: ToolRenderers | undefined;
  dataRenderers: DataRenderers | undefined;
}) {
  const message = useLiveMessage(id, streaming);
  const actions = useChatActions();
  // The promise goes back to Message (not through runAction): a rejected edit reopens the editor.
  const onEdit = useCallback((text: string) => actions.edit(id, text), [actions, id]);
  const onRegenerate = useCallback(() => runAction(actions.regenerate(id)), [actions, id]);
  const onRetry = useCallback(() => runAction(actions.retry()), [actions]);
  const onRate = useCallback((rating: Rating) => runAction(actions.rate(id, rating)), [actions, id]);
  const comparisonId = message?.metadata?.comparison?.id;
  const onChoose = useCallback(
    (choice: ComparisonChoice) => {
      if (comparisonId) runAction(actions.choose(comparisonId, choice));
    },
    [actions, comparisonId],
  );
  const onToolApproval = useCallback(
    (approvalId: string, approved: boolean) =>
      runAction(actions.addToolApprovalResponse({ id: approvalId, approved })),
    [actions],
  );
  const onToolOutput = useCallback(
    (toolCallId: string, tool: string, output: unknown) =>
      runAction(actions.addToolOutput({ tool, toolCallId, output })),
    [actions],
  );
  if (!message) return null;
  const assistant = message.role === 'assistant';
  return (
    <Message
      message={message}
      streaming={streaming}
      onRegenerate={assistant ? onRegenerate : undefined}
      onRetry={assistant ? onRetry : undefined}
      onRate={assistant ? onRate : undefined}
      onChoose={assistant ? onChoose : undefined}
      onEdit={assistant ? undefined : onEdit}
      toolRenderers={toolRenderers}
      dataRenderers={dataRenderers}
      onToolApproval={assistant ? onToolApproval : undefined}
      onToolOutput={assistant ? onToolOutput : undefined}
    />
  );
});

/** A request refused before any reply came (a 429, a 5xx): the session's error, with Retry. */
function RefusedRequest() {
  const actions = useChatActions();
  const error = useChatStore((state) => state.error);
  const onRetry = useCallback(() => runAction(actions.retry()), [actions]);
  const onNewConversation = useCallback(() => runAction(actions.clear()), [actions]);
  if (!error) return null;
  const { code, retryAt } =
    error instanceof ChatRequestError ? error : { code: undefined, retryAt: undefined };
  return (
    <div className="attune-message" data-role="assistant">
      <RequestError
        message={error.message}
        {...(code === undefined ? {} : { code })}
        {...(retryAt === undefined ? {} : { retryAt })}
        onRetry={onRetry}
        onNewConversation={onNewConversation}
      />
    </div>
  );
}

/** Announces the last reply once it is complete (never per streamed chunk). */
function useReplyAnnouncement(last: AttuneMessage | undefined, busy: boolean): string {
  const strings = useStrings();
  const [announcement, setAnnouncement] = useState('');
  const wasBusy = useRef(busy);
  useEffect(() => {
    if (wasBusy.current && !busy && last?.role === 'assistant') {
      const text = messageText(last);
      const error = last.metadata?.error;
      setAnnouncement(
        error !== undefined ? `${strings.errorTitle} ${error}` : strings.replyAnnouncement(text),
      );
    }
    wasBusy.current = busy;
  }, [busy, last, strings]);
  return announcement;
}

function List({
  virtualizeAbove = 150,
  empty,
  toolRenderers,
  dataRenderers,
  root,
}: MessageListProps & { root: RootProps }) {
  const strings = useStrings();
  const ids = useMessageIds();
  const status = useStatus();
  const scroller = useRef<HTMLDivElement>(null);
  const lastId = ids.at(-1);
  const busy = status === 'submitted' || status === 'streaming';
  // The list follows a streaming reply (to stay at the bottom) at most once per frame.
  const last = useLiveMessage(lastId ?? '', busy);
  const streamingId = busy && last?.role === 'assistant' ? lastId : undefined;
  const waiting = status === 'submitted' && last?.role !== 'assistant';
  const [totalSize, setTotalSize] = useState(0);
  const virtual = ids.length > virtualizeAbove;
  const lastLength = last ? messageText(last).length : 0;
  const { atBottom, scrollToBottom } = useStickToBottom(
    scroller,
    `${ids.length}:${lastLength}:${waiting}:${virtual ? totalSize : 0}`,
  );
  const announcement = useReplyAnnouncement(last, busy);
  useEffect(preloadMarkdown, []);
  const longSoon = ids.length > virtualizeAbove / 2;
  useEffect(() => {
    if (longSoon) void loadVirtualRows();
  }, [longSoon]);
  const row = (id: string) => (
    <SessionMessage
      key={id}
      id={id}
      streaming={id === streamingId}
      toolRenderers={toolRenderers}
      dataRenderers={dataRenderers}
    />
  );

  return (
    <div {...root}>
      <div
        ref={scroller}
        className="attune-message-list-scroller"
        role="log"
        aria-live="off"
        aria-label={strings.conversationLabel}
        aria-busy={busy}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable log must be reachable by keyboard.
        tabIndex={0}
      >
        {ids.length === 0 ? (
          (empty ?? (
            <div className="attune-empty">
              <div className="attune-empty-icon">{icons.sparkles}</div>
              <p className="attune-empty-title">{strings.emptyTitle}</p>
              <p className="attune-empty-hint">{strings.emptyHint}</p>
            </div>
          ))
        ) : virtual ? (
          // Until the virtualizer has loaded, only the latest messages render.
          <Suspense fallback={ids.slice(-virtualizeAbove).map(row)}>
            <VirtualRows ids={ids} scroller={scroller} onTotalSize={setTotalSize} renderRow={row} />
          </Suspense>
        ) : (
          ids.map(row)
        )}
        {status === 'error' && last?.role === 'user' ? <RefusedRequest /> : null}
        {waiting ? (
          <div className="attune-message attune-waiting" data-role="assistant">
            <span className="attune-typing" role="img" aria-label={strings.thinking}>
              <span />
              <span />
              <span />
            </span>
          </div>
        ) : null}
      </div>
      {atBottom ? null : (
        <button type="button" className="attune-jump" onClick={() => scrollToBottom('smooth')}>
          {icons.arrowDown}
          <span>{strings.jumpToLatest}</span>
        </button>
      )}
      <LiveRegion message={announcement} />
    </div>
  );
}

/**
 * The conversation: a keyboard-scrollable ARIA log that follows new content until the user
 * scrolls up, a 'jump to latest' button, virtualization for long threads, and a live region
 * announcing each reply once complete. Reads the session through `@attune/core/react` hooks.
 */
export const MessageList = kitComponent<MessageListProps>('MessageList', 'attune-message-list', List);
