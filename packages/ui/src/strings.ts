import type { StyleAxis } from '@attune/core';

/**
 * Every user-visible string of the kit, with English defaults. Replace any subset through
 * `<AttuneProvider strings={…}>` or the `strings` prop of `<Chat>` / `<ChatWidget>`.
 * Strings that need a value are functions.
 */
export interface AttuneStrings {
  /** Accessible name of the conversation log. */
  conversationLabel: string;
  /** Shown when there are no messages yet. */
  emptyTitle: string;
  /** Shown under `emptyTitle`. */
  emptyHint: string;
  /** Accessible name of the message box. */
  composerLabel: string;
  /** Placeholder of the message box. */
  composerPlaceholder: string;
  /** Send button. */
  send: string;
  /** Stop button, while a reply streams. */
  stop: string;
  /** Counter under the message box near the limit. */
  charactersLeft: (left: number) => string;
  /** Counter when the text is over the limit. */
  charactersOver: (over: number) => string;
  /** Hint about Enter and Shift+Enter. */
  composerHint: string;
  /** Label of the user's messages (screen readers). */
  you: string;
  /** Label of the assistant's messages (screen readers). */
  assistant: string;
  /** Copy a reply. */
  copy: string;
  /** Shown after copying. */
  copied: string;
  /** Copy a code block. */
  copyCode: string;
  /** Regenerate a reply. */
  regenerate: string;
  /** The button that opens the editor on one of the user's messages. */
  editMessage: string;
  /** Accessible name of the editor's text box. */
  editLabel: string;
  /** Hint about Enter, Shift+Enter and Escape in the editor (screen readers). */
  editHint: string;
  /** Sends the edited message, replacing the turns after it. */
  saveAndSend: string;
  /** Shown when an edit could not be sent, before the reason. */
  editFailed: string;
  /** Retry after an error. */
  retry: string;
  /** Shown on a reply the user stopped. */
  stopped: string;
  /** Shown on a reply that failed, before the reason. */
  errorTitle: string;
  /** Shown when the server asked the user to slow down; `seconds` until a retry is allowed (0: now). */
  rateLimited: (seconds: number) => string;
  /** Shown when the server refused a message as too large (its body limit; its own files travel inline). */
  tooLarge: string;
  /** The button that empties a conversation the server refused as too large (the persona stays). */
  newConversation: string;
  /** Shown on a reply the server gave without personalization (its persona store is failing). */
  personalizationPaused: string;
  /** Shown on a reply the server gave without personalization (too many new visitors from the user's network). */
  personalizationLimited: string;
  /** Shown while the assistant is thinking. */
  thinking: string;
  /** Before the sources a reply drew on ("From: Resetting your password"). */
  sourcesFrom: string;
  /** Accessible name of the list of sources under a reply. */
  sourcesLabel: string;
  /** Announced when a reply is complete. */
  replyAnnouncement: (text: string) => string;
  /** The 'jump to latest' button. */
  jumpToLatest: string;
  /** Thumbs-up button. */
  helpful: string;
  /** Thumbs-down button. */
  notHelpful: string;
  /** Accessible name of the feedback group. */
  feedbackLabel: string;
  /** Heading of a pending comparison. */
  compareTitle: string;
  /** Explanation of a pending comparison. */
  compareHint: string;
  /** Name of candidate `index` (0 or 1). */
  candidateName: (index: number) => string;
  /** Button choosing a candidate. */
  preferThis: string;
  /** Button choosing no preference. */
  noPreference: string;
  /** Shown after a choice. */
  compareThanks: string;
  /** The 'why this reply' disclosure. */
  whyThisReply: string;
  /** Intro of the 'why this reply' list. */
  whyIntro: string;
  /** Shown when nothing personal shaped a reply. */
  whyNothing: string;
  /** Shown when only preferences not listed for end users (personality, needs) shaped a reply. */
  whyGeneral: string;
  /** Where what shaped a reply came from, by its receipt's source. */
  whySource: (source: 'stored' | 'payload' | 'in-process') => string;
  /** The preferences panel's note on what the latest reply applied, by its receipt. */
  lastReplyConditioning: (source: 'stored' | 'payload' | 'in-process' | 'none') => string;
  /** Confidence, as a percentage. */
  confidence: (percent: number) => string;
  /** Marks a dimension the user set. */
  setByYou: string;
  /** Persona panel heading. */
  personaTitle: string;
  /** Persona panel summary when nothing has been learned. */
  personaEmpty: string;
  /** Persona panel summary: the preferred poles in plain words. */
  personaSummary: (labels: readonly string[]) => string;
  /** How many signals the persona has seen. */
  personaEvidence: (count: number) => string;
  /** The panel's note on feedback (ratings, choices) not sent yet: it goes with the next message. */
  personaWaiting: (count: number) => string;
  /** Label of the 'lean' of a dimension. */
  direction: string;
  /** The persona panel's plain words for each style axis: its name and both ends. */
  styleAxisWords: Record<StyleAxis, { name: string; less: string; more: string }>;
  /** A topic's plain name from its space label (e.g. "Likes travel" → "Travel"). */
  topicName: (label: string) => string;
  /** The negative end of a topic row in the persona panel. */
  topicLess: string;
  /** The positive end of a topic row in the persona panel. */
  topicMore: string;
  /** Segmented control option: prefer the negative pole. */
  preferNegative: string;
  /** Segmented control option: no preference. */
  preferNeutral: string;
  /** Segmented control option: prefer the positive pole. */
  preferPositive: string;
  /** Pin a dimension (keep it as set). */
  pin: string;
  /** Unpin a dimension. */
  unpin: string;
  /** Show every dimension. */
  showAll: string;
  /** Show only the dimensions that matter. */
  showFewer: string;
  /** Reset the persona. */
  reset: string;
  /** Confirmation of a reset. */
  resetConfirm: string;
  /** Cancel a pending action (also leaves the message editor). */
  cancel: string;
  /** Export the persona. */
  exportJson: string;
  /** Import a persona. */
  importJson: string;
  /** Shown after an import. */
  imported: string;
  /** Shown when an import fails, before the reason. */
  importFailed: string;
  /** Launcher button when the widget is closed. */
  openChat: string;
  /** Close button of the widget. */
  closeChat: string;
  /** Title of the widget panel. */
  widgetTitle: string;
  /** Unread badge (screen readers). */
  unread: (count: number) => string;
  /** Button opening the persona panel from the chat header. */
  preferences: string;
  /** Accessible name of a tool call: the tool's name. */
  toolCall: (name: string) => string;
  /** The state of a tool call, as shown beside its name. */
  toolState: Record<ToolCallState, string>;
  /** Disclosure of a tool call's input. */
  toolInput: string;
  /** Disclosure of a tool call's output. */
  toolOutput: string;
  /** Approves a tool call that asks for approval. */
  approve: string;
  /** Denies a tool call that asks for approval. */
  deny: string;
  /** The disclosure of the model's reasoning before a reply. */
  reasoning: string;
  /** The same while the model is still reasoning. */
  reasoningStreaming: string;
  /** The button that opens the file picker. */
  attachFiles: string;
  /** Accessible name of the list of files about to be sent. */
  attachmentsLabel: string;
  /** Removes one file before sending. */
  removeAttachment: (name: string) => string;
  /** A file refused because of its type. */
  attachmentTypeRefused: (name: string) => string;
  /** A file refused because of its size. */
  attachmentTooLarge: (name: string, maxMegabytes: number) => string;
  /** Files refused because there are already as many as allowed. */
  tooManyAttachments: (max: number) => string;
  /** Accessible name of the files in a message. */
  messageFiles: string;
  /** The button standing in for an image from a host that is not allowed; a click loads it. */
  loadImage: (host: string) => string;
}

/** Where a tool call stands, in the AI SDK's words. */
export type ToolCallState =
  | 'input-streaming'
  | 'input-available'
  | 'approval-requested'
  | 'approval-responded'
  | 'output-available'
  | 'output-error'
  | 'output-denied';

/** The English defaults. */
export const defaultStrings: AttuneStrings = {
  conversationLabel: 'Conversation',
  emptyTitle: 'How can I help?',
  emptyHint: 'Ask anything. Replies adapt to how you like them, and you stay in control.',
  composerLabel: 'Message',
  composerPlaceholder: 'Write a message…',
  send: 'Send',
  stop: 'Stop',
  charactersLeft: (left) => `${left} ${left === 1 ? 'character' : 'characters'} left`,
  charactersOver: (over) => `${over} ${over === 1 ? 'character' : 'characters'} over the limit`,
  composerHint: 'Enter to send, Shift+Enter for a new line',
  you: 'You',
  assistant: 'Assistant',
  copy: 'Copy',
  copied: 'Copied',
  copyCode: 'Copy code',
  regenerate: 'Regenerate',
  editMessage: 'Edit message',
  editLabel: 'Edit your message',
  editHint: 'Enter to send, Shift+Enter for a new line, Escape to cancel',
  saveAndSend: 'Save and send',
  editFailed: 'Could not send the edit:',
  retry: 'Retry',
  stopped: 'Stopped',
  errorTitle: 'Something went wrong.',
  rateLimited: (seconds) =>
    seconds > 0
      ? `You're sending messages a little quickly. You can try again in ${seconds} s.`
      : 'Thanks for waiting. You can try again now.',
  tooLarge:
    "This message's attachments are over the server's size limit. Send it again with smaller or fewer files, or without them.",
  newConversation: 'Start a new conversation',
  personalizationPaused: "Personalization is paused for now, so this reply isn't tailored to you.",
  personalizationLimited:
    "Personalization can't start for new visitors from your network right now, so this reply isn't tailored to you yet.",
  thinking: 'Thinking…',
  sourcesFrom: 'From:',
  sourcesLabel: 'Sources of this reply',
  replyAnnouncement: (text) => `Reply: ${text}`,
  jumpToLatest: 'Jump to latest',
  helpful: 'Helpful',
  notHelpful: 'Not helpful',
  feedbackLabel: 'Rate this reply',
  compareTitle: 'Which reply do you prefer?',
  compareHint: 'Your choice tunes future replies.',
  candidateName: (index) => `Reply ${index === 0 ? 'A' : 'B'}`,
  preferThis: 'Prefer this',
  noPreference: 'No preference',
  compareThanks: 'Thanks, noted.',
  whyThisReply: 'Why this reply?',
  whyIntro: 'This reply was shaped by:',
  whyNothing: 'Nothing personal shaped this reply yet.',
  whyGeneral: 'Shaped by what you seem to like in general, not by a style or topic you can set.',
  whySource: (source) =>
    source === 'stored'
      ? 'From the preferences saved with your account.'
      : source === 'payload'
        ? 'From the preferences in this browser.'
        : 'From your preferences.',
  lastReplyConditioning: (source) =>
    source === 'none'
      ? 'The latest reply was not personalized.'
      : source === 'stored'
        ? 'The latest reply used the preferences saved with your account.'
        : source === 'payload'
          ? 'The latest reply used the preferences in this browser.'
          : 'The latest reply used these preferences.',
  confidence: (percent) => `${percent}% sure`,
  setByYou: 'set by you',
  personaTitle: 'Your preferences',
  personaEmpty: 'Nothing learned yet. Rate replies or pick between two to teach me.',
  personaSummary: (labels) =>
    labels.length === 0
      ? 'No clear preferences yet.'
      : `You seem to prefer: ${labels.slice(0, -1).join(', ')}${labels.length > 1 ? ' and ' : ''}${labels.at(-1)}.`,
  personaEvidence: (count) => `Learned from ${count} ${count === 1 ? 'signal' : 'signals'}`,
  personaWaiting: (count) =>
    `${count} ${count === 1 ? 'piece of feedback waits' : 'pieces of feedback wait'} to be sent with your next message.`,
  direction: 'Lean',
  styleAxisWords: {
    detail: { name: 'Answer length', less: 'Short answers', more: 'Detailed answers' },
    structure: { name: 'Layout', less: 'Flowing text', more: 'Steps and bullet points' },
    expertise: { name: 'Technical level', less: 'Plain words', more: 'Technical detail' },
    formality: { name: 'Tone', less: 'Casual tone', more: 'Formal tone' },
    warmth: { name: 'Friendliness', less: 'Straight to the point', more: 'Warm and friendly' },
    empathy: { name: 'Understanding', less: 'Just the facts', more: 'Acknowledges how I feel' },
    humour: { name: 'Humour', less: 'Serious', more: 'A little humour' },
  },
  topicName: (label) => {
    const name = label.replace(/^likes\s+/i, '');
    return name.charAt(0).toUpperCase() + name.slice(1);
  },
  topicLess: 'Not interested',
  topicMore: 'Interested',
  preferNegative: 'Less',
  preferNeutral: 'Neutral',
  preferPositive: 'More',
  pin: 'Pin',
  unpin: 'Unpin',
  showAll: 'Show all',
  showFewer: 'Show fewer',
  reset: 'Reset',
  resetConfirm: 'Forget everything learned?',
  cancel: 'Cancel',
  exportJson: 'Export',
  importJson: 'Import',
  imported: 'Preferences imported.',
  importFailed: 'Could not import:',
  openChat: 'Open chat',
  closeChat: 'Close chat',
  widgetTitle: 'Chat',
  unread: (count) => `${count} unread ${count === 1 ? 'reply' : 'replies'}`,
  preferences: 'Preferences',
  toolCall: (name) => `Tool: ${name}`,
  toolState: {
    'input-streaming': 'Preparing…',
    'input-available': 'Running…',
    'approval-requested': 'Needs your approval',
    'approval-responded': 'Answered',
    'output-available': 'Done',
    'output-error': 'Failed',
    'output-denied': 'Denied',
  },
  toolInput: 'Input',
  toolOutput: 'Output',
  approve: 'Approve',
  deny: 'Deny',
  reasoning: 'Reasoning',
  reasoningStreaming: 'Reasoning…',
  attachFiles: 'Attach files',
  attachmentsLabel: 'Files to send',
  removeAttachment: (name) => `Remove ${name}`,
  attachmentTypeRefused: (name) => `${name} cannot be attached: this type of file is not accepted.`,
  attachmentTooLarge: (name, maxMegabytes) =>
    `${name} cannot be attached: files can be at most ${maxMegabytes} MB.`,
  tooManyAttachments: (max) => `You can attach at most ${max} ${max === 1 ? 'file' : 'files'}.`,
  messageFiles: 'Attached files',
  loadImage: (host) => `Load image from ${host}`,
};
