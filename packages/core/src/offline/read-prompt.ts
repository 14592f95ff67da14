import type { LanguageModelV4Prompt } from '@ai-sdk/provider';

/** What the offline model takes from a prompt. */
export interface PromptReading {
  /** The text of the last user message (empty when there is none). */
  question: string;
  /** The user message before it, for follow-up questions. */
  previousQuestion?: string;
  /** Assistant messages before the question: earlier replies or in-context examples. */
  earlierReplies: string[];
  /** All system messages, joined: where the style block lives. */
  instructions: string;
  /** Every message's text, for the token estimate. */
  allText: string;
}

/** Reads the question, recent context and instructions from an AI SDK prompt. */
export function readPrompt(prompt: LanguageModelV4Prompt): PromptReading {
  const instructions: string[] = [];
  const userTexts: string[] = [];
  const assistantTexts: string[] = [];
  const allText: string[] = [];
  for (const message of prompt) {
    if (message.role === 'system') {
      instructions.push(message.content);
      allText.push(message.content);
      continue;
    }
    const text = message.content
      .flatMap((part) => (part.type === 'text' || part.type === 'reasoning' ? [part.text] : []))
      .join('\n')
      .trim();
    allText.push(text);
    if (message.role === 'user' && text.length > 0) userTexts.push(text);
    if (message.role === 'assistant' && text.length > 0) assistantTexts.push(text);
  }
  const previousQuestion = userTexts.at(-2);
  return {
    question: userTexts.at(-1) ?? '',
    ...(previousQuestion === undefined ? {} : { previousQuestion }),
    earlierReplies: assistantTexts,
    instructions: instructions.join('\n'),
    allText: allText.join('\n'),
  };
}
