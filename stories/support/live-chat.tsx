import type { AttuneMessage, Persona } from '@attune/core';
import { Chat, type ChatProps } from '@attune/ui';
import { useState } from 'react';
import { storySession } from './story-session';

/** Props of {@link LiveChat}. */
export interface LiveChatProps extends Omit<ChatProps, 'session' | 'persona'> {
  /** Builds the starting conversation (called once per mount). */
  initialMessages?: () => AttuneMessage[];
  /** Builds the persona (called once per mount). */
  initialPersona?: () => Persona;
  /** Delay between streamed chunks in ms. */
  chunkDelayMs?: number;
  /** Class of the frame around the chat. */
  frame?: string;
}

/** A `<Chat>` on a fresh offline session per mount, so every story starts from its own state. */
export function LiveChat({
  initialMessages,
  initialPersona,
  chunkDelayMs,
  frame = 'story-frame',
  ...props
}: LiveChatProps) {
  const [{ session, persona }] = useState(() =>
    storySession({ messages: initialMessages?.(), persona: initialPersona?.(), chunkDelayMs }),
  );
  return (
    <div className={frame}>
      <Chat session={session} persona={persona} {...props} />
    </div>
  );
}
