import type { LanguageModelV4Prompt } from '@ai-sdk/provider';

/** What the offline model takes from a prompt. */
export interface PromptReading {
  /** The text of the last user message (empty when there is none). */
  question: string;
  /** The text of every user message before it, oldest first: for follow-ups and style requests alone. */
  earlierQuestions: string[];
  /** Assistant messages before the question: earlier replies or in-context examples. */
  earlierReplies: string[];
  /** All system messages, joined: where the style block lives. */
  instructions: string;
  /** Every message's text, for the token estimate. */
  allText: string;
  /** How many files the last user message attached (the offline model cannot read them). */
  attachments: number;
}

/** Reads the question, recent context and instructions from an AI SDK prompt. */
export function readPrompt(prompt: LanguageModelV4Prompt): PromptReading {
  const instructions: string[] = [];
  const userTexts: string[] = [];
  const assistantTexts: string[] = [];
  const allText: string[] = [];
  let attachments = 0;
  let lastUserHasText = false;
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
    if (message.role === 'user') {
      attachments = message.content.filter((part) => part.type === 'file').length;
      lastUserHasText = text.length > 0;
      if (lastUserHasText) userTexts.push(text);
    }
    if (message.role === 'assistant' && text.length > 0) assistantTexts.push(text);
  }
  // A message of files alone asks nothing new: its question is empty, the last text came before.
  const earlierQuestions = lastUserHasText ? userTexts.slice(0, -1) : userTexts;
  return {
    question: lastUserHasText ? (userTexts.at(-1) ?? '') : '',
    earlierQuestions,
    earlierReplies: assistantTexts,
    instructions: instructions.join('\n'),
    allText: allText.join('\n'),
    attachments,
  };
}
