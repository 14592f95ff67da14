'use client';
import type { ChatSession, ChatSessionOptions } from '@attune/core';
import { ChatSessionProvider, useChatActions, useChatSession, useStatus } from '@attune/core/react';
import { lazy, type ReactNode, Suspense, useEffect, useId, useRef, useState } from 'react';
import { onEscape } from '../primitives/on-escape';
import { type AttuneSettings, KitRoot, type RootProps, useStrings } from '../provider';
import { Composer } from './composer';
import { icons } from './icons';
import { MessageList } from './message-list';
import type { PersonaPanelSource } from './persona-panel';

const PersonaPanel = lazy(() =>
  import('./persona-panel').then((module) => ({ default: module.PersonaPanel })),
);

/** Where a chat gets its session: an existing one, or the options to create one. */
export interface ChatSessionSource
  extends Pick<
    ChatSessionOptions,
    'id' | 'api' | 'model' | 'transport' | 'instructions' | 'personalization' | 'storage' | 'messages'
  > {
  /** An existing session (then the other session options are ignored). */
  session?: ChatSession;
}

/** Props of {@link Chat}. */
export interface ChatProps extends ChatSessionSource, AttuneSettings {
  /** Heading shown above the conversation; no header when absent and no `persona` is given. */
  title?: ReactNode;
  /** Id of the heading element (to label a surrounding dialog); generated when absent. */
  titleId?: string;
  /** Extra controls at the end of the header, e.g. a close button. */
  headerEnd?: ReactNode;
  /** The persona behind the replies; adds a 'Preferences' button opening the persona panel. */
  persona?: PersonaPanelSource;
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
  /** Extra class on the root. */
  className?: string;
}

/** The argument `useChatSession` takes for a source: the session itself, or the options to create one. */
export function sessionInput({
  session,
  id,
  api,
  model,
  transport,
  instructions,
  personalization,
  storage,
  messages,
}: ChatSessionSource) {
  return session ?? { id, api, model, transport, instructions, personalization, storage, messages };
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
  root,
}: ChatProps & { root: RootProps }) {
  const strings = useStrings();
  const actions = useChatActions();
  const status = useStatus();
  const preferencesButton = useRef<HTMLButtonElement>(null);
  const [showPersona, setShowPersona] = useState(false);
  const sheet = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (showPersona) sheet.current?.focus();
  }, [showPersona]);
  const sheetId = useId();
  const generatedTitleId = useId();
  const busy = status === 'submitted' || status === 'streaming';
  const send = (text: string) => void actions.send(text);
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
          empty={<Suggestions suggestions={suggestions} onPick={send} />}
        />
        {persona && showPersona ? (
          <div id={sheetId} ref={sheet} className="attune-chat-sheet" tabIndex={-1}>
            <Suspense fallback={null}>
              <PersonaPanel persona={persona} />
            </Suspense>
          </div>
        ) : null}
      </div>
      <Composer
        onSend={send}
        onStop={() => void actions.stop()}
        busy={busy}
        maxLength={maxLength}
        placeholder={placeholder}
        autoFocus={autoFocus}
      />
    </div>
  );
}

function SessionChat({ root, ...props }: ChatProps & { root: RootProps }) {
  const session = useChatSession(sessionInput(props));
  return (
    <ChatSessionProvider session={session}>
      <ChatLayout {...props} root={root} />
    </ChatSessionProvider>
  );
}

/**
 * The whole chat in one element: `<Chat session={…}/>`, `<Chat api="/api/chat"/>` or
 * `<Chat model={…}/>`. Conversation, composer, feedback controls and, given a `persona`,
 * a preferences panel (loaded on first open).
 */
export function Chat({ strings, theme, unstyled, className, ...props }: ChatProps) {
  return (
    <KitRoot settings={{ strings, theme, unstyled }} className={className} ownClass="attune-chat">
      {(root) => <SessionChat {...props} root={root} />}
    </KitRoot>
  );
}
