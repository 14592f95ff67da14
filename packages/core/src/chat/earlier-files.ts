import type { AttuneMessage } from '../message/message';

/** What a file part left out of a request says to the model in its place. */
export function leftOutFileNotice(filename: string | undefined, mediaType: string): string {
  const name = filename === undefined ? `a ${mediaType} file` : `"${filename}" (${mediaType})`;
  return `[An attachment from an earlier message, ${name}, is not included again: the conversation is over the server's size limit. If you need its content, ask the user to attach it again.]`;
}

/**
 * The conversation as sent when earlier files no longer fit in a request: every inline file
 * (a `data:` URL) of the messages before the last user message becomes a text notice to the model
 * ({@link leftOutFileNotice}); the last user message keeps its files, and a file sent by
 * reference (any other URL) stays, being small. `leftOut` counts the files replaced. The
 * conversation itself is not changed.
 */
export function withoutEarlierFiles(messages: readonly AttuneMessage[]): {
  messages: AttuneMessage[];
  leftOut: number;
} {
  const lastUser = messages.findLastIndex((message) => message.role === 'user');
  let leftOut = 0;
  const sent = messages.map((message, index) => {
    if (index >= lastUser) return message;
    if (!message.parts.some((part) => part.type === 'file' && part.url.startsWith('data:'))) return message;
    return {
      ...message,
      parts: message.parts.map((part) => {
        if (part.type !== 'file' || !part.url.startsWith('data:')) return part;
        leftOut += 1;
        return { type: 'text' as const, text: leftOutFileNotice(part.filename, part.mediaType) };
      }),
    };
  });
  return { messages: sent, leftOut };
}
