/** A chat handler whose app keeps its chats in memory: `loadMessages` reads them, `onEnd` saves them. */
import { createChatHandler } from '@attune/core/server';
import type { UIMessage } from 'ai';
import { scriptedModel } from './scripted-model';

/** The handler over the scripted model, its model and the stored chats by id. */
export function storedChatsHandler() {
  const model = scriptedModel();
  const chats = new Map<string, UIMessage[]>();
  const handle = createChatHandler({
    model,
    onError: () => {},
    loadMessages: ({ chatId }) => chats.get(chatId) ?? [],
    uiMessageStream: ({ chatId }) => ({
      onEnd: ({ messages }) => {
        chats.set(chatId ?? '', messages);
      },
    }),
  });
  return { handle, model, chats };
}
