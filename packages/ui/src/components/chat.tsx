'use client';
import { ChatSessionProvider, useChatActions, useChatStore, useStatus } from '@attune/core/react';
import { lazy, type ReactNode, Suspense, useEffect, useId, useRef, useState } from 'react';
import { onEscape } from '../primitives/on-escape';
import { runAction } from '../primitives/run-action';
import type { AttachmentOptions } from '../primitives/use-attachments';
import { type AttuneSettings, kitComponent, type RootProps, useStrings } from '../provider';
import { Composer } from './composer';
import { icons } from './icons';
import { MessageList } from './message-list';
import type { DataRenderers } from './message-parts';
import type { ToolRenderers } from './tool-call';
import { type ChatSessionSource, useChatSource } from './use-chat-source';

const PersonaPanel = lazy(() =>
  import('./persona-panel').then((module) => ({ default: module.PersonaPanel })),
);

/** Props of {@link Chat}. */
export interface ChatProps extends ChatSessionSource, AttuneSettings {
  /** Heading shown above the conversation; no header when absent and no persona is shown (`persona={false}`, or a `session` without `persona`). */
  title?: ReactNode;
  /** Id of the heading element (to label a surrounding dialog); generated when absent. */
  titleId?: string;
  /** Extra controls at the end of the header, e.g. a close button. */
  headerEnd?: ReactNode;
  /** Starter prompts shown while the conversation is empty. */
  suggestions?: readonly string[];
  /** Composer length limit (default 4000). */
  maxLength?: number;
  /** Composer placeholder. */
  placeholder?: string;
  /** Focus the composer on mount. */
  autoFocus?: boolean;
  /** Virtualize the thread above this many messages (default 150). */
  virtualizeAbove?: number;
  /**
   * Let the user attach files (pick, paste, drop), sent as file parts; `true` takes the
   * defaults (images, PDF and text, up to 10 MB each, 5 files). Off by default.
   */
  attachments?: boolean | AttachmentOptions;
  /** Custom tool-call renderers by tool name (the default shows name, state, input and output). */
  toolRenderers?: ToolRenderers;
  /** Renderers of the server's custom data parts by name (`status` for `data-status`); others show nothing. */
  dataRenderers?: DataRenderers;
  /** Extra class on the root. */
  className?: string;
}

function Suggestions({
  suggestions,
  onPick,
}: {
  suggestions: readonly string[];
  onPick: (text: string) => void;
}) {
  const strings = useStrings();
  return (
    <div className="attune-empty">
      <div className="attune-empty-icon">{icons.sparkles}</div>
      <p className="attune-empty-title">{strings.emptyTitle}</p>
      <p className="attune-empty-hint">{strings.emptyHint}</p>
      {suggestions.length > 0 ? (
        <div className="attune-suggestions">
          {suggestions.map((suggestion) => (
            <button
              key={suggestion}
              type="button"
              className="attune-suggestion"
              onClick={() => onPick(suggestion)}
            >
              {suggestion}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}

function ChatLayout({
  title,
  titleId,
  headerEnd,
  persona,
  suggestions = [],
  maxLength,
  placeholder,
  autoFocus,
  virtualizeAbove,
  attachments,
  toolRenderers,
  dataRenderers,
  root,
}: ChatProps & { root: RootProps }) {
  const strings = useStrings();
  const actions = useChatActions();
  const status = useStatus();
  const lastReceipt = useChatStore(
    (state) => state.messages.findLast((message) => message.role === 'assistant')?.metadata?.conditioning,
  );
  const waitingSignals = useChatStore((state) => state.waitingSignals.length);
  const preferencesButton = useRef<HTMLButtonElement>(null);
  const [showPersona, setShowPersona] = useState(false);
  const sheet = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (showPersona) sheet.current?.focus();
  }, [showPersona]);
  const sheetId = useId();
  const generatedTitleId = useId();
  const busy = status === 'submitted' || status === 'streaming';
  const send = (text: string, files: File[] = []) =>
    runAction(actions.send(text, files.length > 0 ? { files } : undefined));
  const closePersona = () => {
    setShowPersona(false);
    preferencesButton.current?.focus();
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere in the chat closes the preferences sheet.
    <div {...root} onKeyDown={showPersona ? onEscape(closePersona) : undefined}>
      {title !== undefined || persona || headerEnd ? (
        <header className="attune-chat-header">
          <h2 id={titleId ?? generatedTitleId} className="attune-chat-title">
            {title}
          </h2>
          {persona ? (
            <button
              ref={preferencesButton}
              type="button"
              className="attune-text-button"
              aria-expanded={showPersona}
              aria-controls={sheetId}
              onClick={() => (showPersona ? closePersona() : setShowPersona(true))}
            >
              {icons.sliders}
              {strings.preferences}
            </button>
          ) : null}
          {headerEnd}
        </header>
      ) : null}
      <div className="attune-chat-body">
        <MessageList
          virtualizeAbove={virtualizeAbove}
          toolRenderers={toolRenderers}
          dataRenderers={dataRenderers}
          empty={<Suggestions suggestions={suggestions} onPick={send} />}
        />
        {persona && showPersona ? (
          <div id={sheetId} ref={sheet} className="attune-chat-sheet" tabIndex={-1}>
            <Suspense fallback={null}>
              <PersonaPanel persona={persona} lastReply={lastReceipt} waitingSignals={waitingSignals} />
            </Suspense>
          </div>
        ) : null}
      </div>
      <Composer
        onSend={send}
        onStop={() => runAction(actions.stop())}
        busy={busy}
        maxLength={maxLength}
        placeholder={placeholder}
        autoFocus={autoFocus}
        attachments={attachments}
      />
    </div>
  );
}

function SessionChat({ root, ...props }: ChatProps & { root: RootProps }) {
  const { session, persona } = useChatSource(props);
  return (
    <ChatSessionProvider session={session}>
      <ChatLayout {...props} persona={persona} root={root} />
    </ChatSessionProvider>
  );
}

/**
 * The whole chat in one element: `<Chat session={…}/>`, `<Chat api="/api/chat"/>` or
 * `<Chat model={…}/>`. Conversation, composer, feedback controls and a preferences panel
 * (loaded on first open): the persona of the chat's own personalization by default, the
 * `persona` given, none with `persona={false}` or a `session` without one.
 */
export const Chat = kitComponent<ChatProps>('Chat', 'attune-chat', SessionChat);
