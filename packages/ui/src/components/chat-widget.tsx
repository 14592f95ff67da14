'use client';
import type { ChatSession } from '@attune/core';
import { ChatSessionProvider, useChatStore } from '@attune/core/react';
import {
  forwardRef,
  type ReactNode,
  type RefObject,
  useCallback,
  useEffect,
  useId,
  useImperativeHandle,
  useRef,
  useState,
} from 'react';
import { IconButton } from '../primitives/icon-button';
import { onEscape } from '../primitives/on-escape';
import { useRememberedBoolean } from '../primitives/use-remembered-boolean';
import { VisuallyHidden } from '../primitives/visually-hidden';
import { KitRoot, type RootProps, useStrings } from '../provider';
import { Chat, type ChatProps } from './chat';
import { icons } from './icons';
import { useChatSource } from './use-chat-source';

/** Props of {@link ChatWidget}: those of `<Chat>` plus the launcher's. */
export interface ChatWidgetProps extends Omit<ChatProps, 'title' | 'autoFocus'> {
  /** Panel title (defaults to the strings). */
  title?: ReactNode;
  /** Corner of the launcher (default `bottom-right`; mirrored right-to-left). */
  position?: 'bottom-right' | 'bottom-left';
  /** Open on first visit (default false). */
  defaultOpen?: boolean;
  /** Controlled open state. */
  open?: boolean;
  /** Called when the widget opens or closes. */
  onOpenChange?: (open: boolean) => void;
  /** localStorage key remembering the open state; `false` to not remember (default `attune-widget-open`). */
  rememberKey?: string | false;
}

/** Imperative handle of {@link ChatWidget}. */
export interface ChatWidgetHandle {
  /** Opens the panel and focuses the message box. */
  open(): void;
  /** Closes the panel and returns focus to the launcher. */
  close(): void;
  /** Opens when closed, closes when open. */
  toggle(): void;
}

/** Counts assistant replies that arrived while the panel was closed. */
function useUnread(open: boolean): number {
  // A count, so a streamed chunk (same count) does not re-render the widget.
  const replies = useChatStore((state) =>
    state.messages.reduce((count, message) => count + (message.role === 'assistant' ? 1 : 0), 0),
  );
  const [seen, setSeen] = useState(replies);
  useEffect(() => {
    if (open || replies < seen) setSeen(replies);
  }, [open, replies, seen]);
  return open ? 0 : replies - seen;
}

interface WidgetFrameProps {
  root: RootProps;
  /** Preloaded when the visitor shows interest (pointer over or focus on the launcher) or opens. */
  session: ChatSession;
  chat: ChatProps;
  title: ReactNode;
  position: 'bottom-right' | 'bottom-left';
  isOpen: boolean;
  setOpen: (open: boolean) => void;
  launcher: RefObject<HTMLButtonElement | null>;
}

function WidgetFrame({ root, session, chat, title, position, isOpen, setOpen, launcher }: WidgetFrameProps) {
  const strings = useStrings();
  const unread = useUnread(isOpen);
  const panelId = useId();
  const titleId = useId();
  const panel = useRef<HTMLDivElement>(null);
  // The chat mounts on first open and then stays mounted (scroll position, draft).
  const [mounted, setMounted] = useState(isOpen);

  const preload = () => void session.preload();
  useEffect(() => {
    if (!isOpen) return;
    setMounted(true);
    void session.preload();
  }, [isOpen, session]);
  // Focus the message box once the panel is in the page: on the first open it mounts only after
  // the render that opened it, so a frame scheduled then would find no box (and keys typed
  // right after opening would go to the launcher).
  useEffect(() => {
    if (!isOpen || !mounted) return;
    const frame = requestAnimationFrame(() =>
      panel.current?.querySelector<HTMLTextAreaElement>('textarea')?.focus(),
    );
    return () => cancelAnimationFrame(frame);
  }, [isOpen, mounted]);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere in the widget closes it.
    <div
      {...root}
      data-position={position}
      data-open={isOpen || undefined}
      onKeyDown={isOpen ? onEscape(() => setOpen(false)) : undefined}
    >
      {mounted ? (
        <div
          ref={panel}
          id={panelId}
          className="attune-widget-panel"
          role="dialog"
          aria-labelledby={titleId}
          hidden={!isOpen}
        >
          <Chat
            {...chat}
            title={title ?? strings.widgetTitle}
            titleId={titleId}
            className="attune-widget-chat"
            headerEnd={
              <IconButton
                className="attune-icon-button"
                label={strings.closeChat}
                icon={icons.close}
                onClick={() => setOpen(false)}
              />
            }
          />
        </div>
      ) : null}
      <button
        ref={launcher}
        type="button"
        className="attune-launcher"
        aria-expanded={isOpen}
        aria-controls={mounted ? panelId : undefined}
        aria-label={isOpen ? strings.closeChat : strings.openChat}
        onClick={() => setOpen(!isOpen)}
        onPointerEnter={preload}
        onFocus={preload}
      >
        {isOpen ? icons.close : icons.chat}
        {unread > 0 ? (
          <span className="attune-badge">
            <span aria-hidden="true">{unread}</span>
            <VisuallyHidden>{strings.unread(unread)}</VisuallyHidden>
          </span>
        ) : null}
      </button>
    </div>
  );
}

/**
 * A floating launcher that opens the chat in a panel: bottom-right by default, an unread
 * badge, the open state remembered across visits, Escape to close with focus back on the
 * launcher, and `open()` / `close()` / `toggle()` through a ref.
 */
export const ChatWidget = forwardRef<ChatWidgetHandle, ChatWidgetProps>(function ChatWidget(
  {
    title,
    position = 'bottom-right',
    defaultOpen = false,
    open,
    onOpenChange,
    rememberKey,
    strings,
    theme,
    unstyled,
    className,
    ...chat
  },
  ref,
) {
  const [remembered, setRemembered] = useRememberedBoolean(
    rememberKey === false ? undefined : (rememberKey ?? 'attune-widget-open'),
    defaultOpen,
  );
  const isOpen = open ?? remembered;
  const launcher = useRef<HTMLButtonElement>(null);
  // Most visitors never open the chat: its engine and detectors load when one shows interest.
  const { session, persona } = useChatSource({ preload: false, ...chat });

  const setOpen = useCallback(
    (next: boolean) => {
      setRemembered(next);
      onOpenChange?.(next);
      if (!next) launcher.current?.focus();
    },
    [onOpenChange, setRemembered],
  );
  useImperativeHandle(
    ref,
    () => ({ open: () => setOpen(true), close: () => setOpen(false), toggle: () => setOpen(!isOpen) }),
    [isOpen, setOpen],
  );

  return (
    <ChatSessionProvider session={session}>
      <KitRoot settings={{ strings, theme, unstyled }} className={className} ownClass="attune-widget">
        {(root) => (
          <WidgetFrame
            root={root}
            session={session}
            chat={{ ...chat, session, persona: persona ?? false }}
            title={title}
            position={position}
            isOpen={isOpen}
            setOpen={setOpen}
            launcher={launcher}
          />
        )}
      </KitRoot>
    </ChatSessionProvider>
  );
});
