/**
 * Drop-in React chat components with preference-feedback controls, themed by CSS variables.
 *
 * @module @attune/ui
 */
export { Chat, type ChatProps } from './components/chat';
export { ChatWidget, type ChatWidgetHandle, type ChatWidgetProps } from './components/chat-widget';
export {
  CompareReplies,
  type CompareRepliesProps,
  type ComparisonChoice,
} from './components/compare-replies';
export { Composer, type ComposerHandle, type ComposerProps } from './components/composer';
export { FeedbackButtons, type FeedbackButtonsProps, type Rating } from './components/feedback-buttons';
export { Markdown, type MarkdownProps, preloadMarkdown, sanitizeUrl } from './components/markdown';
export { Message, type MessageProps } from './components/message';
export { MessageEditor, type MessageEditorProps } from './components/message-editor';
export { MessageList, type MessageListProps } from './components/message-list';
export type { DataPart, DataRenderers, ToolCallHandlers } from './components/message-parts';
export {
  type MessageSource,
  MessageSources,
  type MessageSourcesProps,
  messageSources,
} from './components/message-sources';
export { PersonaPanel, type PersonaPanelProps } from './components/persona-panel';
export type { PersonaPanelSource } from './components/persona-panel-source';
export {
  ToolCall,
  type ToolCallPart,
  type ToolRendererProps,
  type ToolRenderers,
} from './components/tool-call';
export { type ChatSessionSource, useChatSource } from './components/use-chat-source';
export { WhyThisReply, type WhyThisReplyProps } from './components/why-this-reply';
export { LiveRegion } from './primitives/live-region';
export { ToggleButton, type ToggleButtonProps } from './primitives/toggle-button';
export type { AttachmentOptions } from './primitives/use-attachments';
export { VisuallyHidden } from './primitives/visually-hidden';
export {
  AttuneProvider,
  type AttuneProviderProps,
  type AttuneSettings,
  type AttuneTheme,
  useStrings,
} from './provider';
export { type AttuneStrings, defaultStrings } from './strings';
