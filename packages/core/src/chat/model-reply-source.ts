import type { LanguageModelV4 } from '@ai-sdk/provider';
import { convertToModelMessages, type ModelMessage, streamText, type ToolSet, toUIMessageStream } from 'ai';
import { errorMessage } from '../errors/error-message';
import { conditioningReceipt } from './conditioning-receipt';
import type { Conditioning } from './personalization';
import type { ReplySource } from './reply-source';

/** The in-context examples of a conditioning as alternating user/assistant model messages. */
export function exampleMessages(conditioning: Conditioning): ModelMessage[] {
  return (conditioning.examples ?? []).flatMap((example): ModelMessage[] => [
    { role: 'user', content: example.prompt },
    { role: 'assistant', content: example.chosen },
  ]);
}

/** Joins the session's instructions with the conditioning's; `undefined` when both are empty. */
export function conditionedInstructions(
  instructions: string | undefined,
  conditioning: Conditioning,
): string | undefined {
  const joined = [instructions, conditioning.instructions].filter((text) => text?.trim()).join('\n\n');
  return joined === '' ? undefined : joined;
}

/**
 * Runs a model in-process (browser or Node) with `streamText`: the instructions are the
 * session's plus the conditioning's, and the in-context examples come before the conversation.
 * Tools with `execute` run in-process; the others reach the session's `onToolCall`. The reply's
 * receipt (source `in-process`) rides on its `start` chunk.
 */
export function modelReplySource(
  model: LanguageModelV4,
  instructions: string | undefined,
  tools?: ToolSet,
): ReplySource {
  return async ({ messages, conditioning, abortSignal }) => {
    const result = streamText({
      model,
      instructions: conditionedInstructions(instructions, conditioning),
      messages: [
        ...exampleMessages(conditioning),
        ...(await convertToModelMessages(messages, tools ? { tools } : undefined)),
      ],
      ...(tools ? { tools } : {}),
      abortSignal,
      onError: () => {},
    });
    const conditioned = { conditioning: conditioningReceipt(conditioning, 'in-process') };
    return toUIMessageStream({
      stream: result.stream,
      sendSources: true,
      onError: errorMessage,
      messageMetadata: ({ part }) => (part.type === 'start' ? conditioned : undefined),
    });
  };
}
