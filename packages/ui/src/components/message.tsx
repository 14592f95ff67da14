'use client';
import { type AttuneMessage, messageText } from '@attune/core';
import { memo, useEffect, useRef, useState } from 'react';
import { IconButton } from '../primitives/icon-button';
import { VisuallyHidden } from '../primitives/visually-hidden';
import { type AttuneSettings, kitComponent, type RootProps, useStrings } from '../provider';
import { CompareReplies, type ComparisonChoice } from './compare-replies';
import { CopyButton } from './copy-button';
import { FeedbackButtons, type Rating } from './feedback-buttons';
import { icons } from './icons';
import { Markdown } from './markdown';
import { MessageEditor } from './message-editor';
import { type FilePart, MessageFiles } from './message-files';
import { hasRichParts, MessageParts, type ToolCallHandlers, toolCallsSettled } from './message-parts';
import { MessageSources, messageSources } from './message-sources';
import { RequestError } from './request-error';
import { WhyThisReply } from './why-this-reply';

/** Props of {@link Message}. */
export interface MessageProps extends AttuneSettings, ToolCallHandlers {
  /** The message to show. */
  message: AttuneMessage;
  /** True while this reply is streaming in (hides the actions). */
  streaming?: boolean;
  /** Regenerate this reply; shows a Regenerate button when given. */
  onRegenerate?: () => void;
  /** Retry after an error; shows a Retry button on failed replies when given. */
  onRetry?: () => void;
  /** Rate this reply; shows thumbs when given. */
  onRate?: (rating: Rating) => void;
  /** Choose between the candidates of a pending comparison. */
  onChoose?: (choice: ComparisonChoice) => void;
  /**
   * Edit and resend this user message; shows an Edit button that opens an inline editor when
   * given (on text-only user messages). A rejected promise (or a throw) reopens the editor with
   * the text and the error.
   */
  onEdit?(text: string): void | Promise<void>;
  /** Extra class on the root. */
  className?: string;
}

function chosenText(message: AttuneMessage): string {
  const text = messageText(message);
  const comparison = message.metadata?.comparison;
  if (text || !comparison || typeof comparison.chosen !== 'number') return text;
  return comparison.candidates[comparison.chosen].text;
}

/** An edit that is open: the text to open with and why the last send failed, if it did. */
interface OpenEdit {
  draft?: string;
  error?: string;
}

/**
 * The edit state of a user message. Sending closes the editor at once (focus moves to the
 * message); if `onEdit` rejects, the editor reopens with the sent text and the error.
 */
function useMessageEdit(onEdit: MessageProps['onEdit']) {
  const [edit, setEdit] = useState<OpenEdit | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const article = useRef<HTMLElement>(null);
  const focusOnClose = useRef<'edit-button' | 'message' | null>(null);

  useEffect(() => {
    if (edit !== null) return;
    const target = focusOnClose.current;
    focusOnClose.current = null;
    if (target === 'edit-button') editButton.current?.focus();
    else if (target === 'message') article.current?.focus();
  }, [edit]);

  const close = (focus: 'edit-button' | 'message') => {
    focusOnClose.current = focus;
    setEdit(null);
  };
  const save = (text: string) => {
    if (!onEdit) return;
    close('message');
    // A promise around the call, so a synchronous throw is caught like a rejection.
    new Promise<unknown>((resolve) => resolve(onEdit(text))).catch((error: unknown) => {
      setEdit({ draft: text, error: error instanceof Error ? error.message : String(error) });
    });
  };
  return {
    edit,
    editButton,
    article,
    open: () => setEdit({}),
    cancel: () => close('edit-button'),
    save,
  };
}

function UserFiles({ message }: { message: AttuneMessage }) {
  const files = message.parts.filter((part): part is FilePart => part.type === 'file');
  return files.length > 0 ? <MessageFiles files={files} /> : null;
}

function MessageBody({
  message,
  streaming = false,
  onRegenerate,
  onRetry,
  onRate,
  onChoose,
  onEdit,
  root,
  ...toolHandlers
}: MessageProps & { root: RootProps }) {
  const strings = useStrings();
  const metadata = message.metadata ?? {};
  const isUser = message.role === 'user';
  const text = chosenText(message);
  const comparison = metadata.comparison;
  const pendingComparison =
    comparison !== undefined && comparison.chosen === undefined && onChoose !== undefined;
  // Editing resends text only, so a message with attachments is not offered for editing.
  const editable =
    isUser && onEdit !== undefined && !streaming && message.parts.every((part) => part.type === 'text');
  const { edit, editButton, article, open, cancel, save } = useMessageEdit(onEdit);

  return (
    <article
      {...root}
      ref={article}
      tabIndex={isUser ? -1 : undefined}
      data-role={message.role}
      data-streaming={streaming || undefined}
      data-editing={edit !== null || undefined}
      data-comparison={pendingComparison || undefined}
    >
      <VisuallyHidden>{isUser ? strings.you : strings.assistant}</VisuallyHidden>
      {edit !== null ? (
        <MessageEditor
          original={text}
          initialText={edit.draft}
          error={edit.error}
          disabled={!editable}
          onSave={save}
          onCancel={cancel}
        />
      ) : (
        <div className="attune-message-content">
          {pendingComparison ? (
            <CompareReplies comparison={comparison} onChoose={onChoose} />
          ) : isUser ? (
            <>
              <UserFiles message={message} />
              {text ? <p className="attune-message-plain">{text}</p> : null}
            </>
          ) : hasRichParts(message) ? (
            <MessageParts message={message} streaming={streaming} {...toolHandlers} />
          ) : text ? (
            <Markdown text={text} streaming={streaming} />
          ) : streaming ? (
            <span className="attune-typing" role="img" aria-label={strings.thinking}>
              <span />
              <span />
              <span />
            </span>
          ) : null}
        </div>
      )}
      {!isUser && !streaming && !pendingComparison && text ? (
        <MessageSources sources={messageSources(message)} />
      ) : null}
      {metadata.stopped ? <p className="attune-message-note">{strings.stopped}</p> : null}
      {metadata.personalization !== undefined && !streaming ? (
        <p className="attune-message-note">
          {metadata.personalization === 'limited'
            ? strings.personalizationLimited
            : strings.personalizationPaused}
        </p>
      ) : null}
      {metadata.error !== undefined ? (
        <RequestError
          message={metadata.error}
          {...(metadata.errorCode === undefined ? {} : { code: metadata.errorCode })}
          {...(metadata.retryAt === undefined ? {} : { retryAt: metadata.retryAt })}
          {...(onRetry ? { onRetry } : {})}
        />
      ) : null}
      {!isUser && !streaming && !pendingComparison && (text || toolCallsSettled(message)) ? (
        <div className="attune-message-actions">
          {text ? (
            <CopyButton className="attune-icon-button" label={strings.copy} getText={() => text} />
          ) : null}
          {onRegenerate ? (
            <IconButton
              className="attune-icon-button"
              label={strings.regenerate}
              icon={icons.regenerate}
              onClick={onRegenerate}
            />
          ) : null}
          {onRate && text ? <FeedbackButtons value={metadata.rating ?? null} onChange={onRate} /> : null}
          {metadata.conditioning && metadata.conditioning.source !== 'none' ? (
            <WhyThisReply conditioning={metadata.conditioning} />
          ) : null}
        </div>
      ) : null}
      {editable && edit === null ? (
        <div className="attune-message-actions">
          <CopyButton className="attune-icon-button" label={strings.copy} getText={() => text} />
          <IconButton
            ref={editButton}
            className="attune-icon-button attune-edit-button"
            label={strings.editMessage}
            icon={icons.edit}
            onClick={open}
          />
        </div>
      ) : null}
    </article>
  );
}

/**
 * One chat message: markdown text (streamed or complete), the sources it drew on ("From:
 * Resetting your password", linked when they have a page), copy, regenerate, thumbs, 'why this
 * reply', stopped and error states with retry, a pending comparison when there is one, and on
 * the user's own messages copy and an inline editor that edits and resends.
 */
export const Message = memo(kitComponent<MessageProps>('Message', 'attune-message', MessageBody));
