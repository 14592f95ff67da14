'use client';
import { type AttuneMessage, messageText } from '@attune/core';
import { memo } from 'react';
import { IconButton } from '../primitives/icon-button';
import { VisuallyHidden } from '../primitives/visually-hidden';
import { type AttuneSettings, KitRoot, type RootProps, useStrings } from '../provider';
import { CompareReplies, type ComparisonChoice } from './compare-replies';
import { CopyButton } from './copy-button';
import { FeedbackButtons, type Rating } from './feedback-buttons';
import { icons } from './icons';
import { Markdown } from './markdown';
import { WhyThisReply } from './why-this-reply';

/** Props of {@link Message}. */
export interface MessageProps extends AttuneSettings {
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
  /** Extra class on the root. */
  className?: string;
}

function chosenText(message: AttuneMessage): string {
  const text = messageText(message);
  const comparison = message.metadata?.comparison;
  if (text || !comparison || typeof comparison.chosen !== 'number') return text;
  return comparison.candidates[comparison.chosen].text;
}

function MessageBody({
  message,
  streaming = false,
  onRegenerate,
  onRetry,
  onRate,
  onChoose,
  root,
}: MessageProps & { root: RootProps }) {
  const strings = useStrings();
  const metadata = message.metadata ?? {};
  const isUser = message.role === 'user';
  const text = chosenText(message);
  const comparison = metadata.comparison;
  const pendingComparison =
    comparison !== undefined && comparison.chosen === undefined && onChoose !== undefined;

  return (
    <article {...root} data-role={message.role} data-streaming={streaming || undefined}>
      <VisuallyHidden>{isUser ? strings.you : strings.assistant}</VisuallyHidden>
      <div className="attune-message-content">
        {pendingComparison ? (
          <CompareReplies comparison={comparison} onChoose={onChoose} />
        ) : isUser ? (
          <p className="attune-message-plain">{text}</p>
        ) : text ? (
          <Markdown text={text} />
        ) : streaming ? (
          <span className="attune-typing" role="img" aria-label={strings.thinking}>
            <span />
            <span />
            <span />
          </span>
        ) : null}
      </div>
      {metadata.stopped ? <p className="attune-message-note">{strings.stopped}</p> : null}
      {metadata.error !== undefined ? (
        <div className="attune-message-error" role="alert">
          {icons.alert}
          <span>
            {strings.errorTitle} {metadata.error}
          </span>
          {onRetry ? (
            <button type="button" className="attune-button attune-button-small" onClick={onRetry}>
              {strings.retry}
            </button>
          ) : null}
        </div>
      ) : null}
      {!isUser && !streaming && !pendingComparison && text ? (
        <div className="attune-message-actions">
          <CopyButton className="attune-icon-button" label={strings.copy} getText={() => text} />
          {onRegenerate ? (
            <IconButton
              className="attune-icon-button"
              label={strings.regenerate}
              icon={icons.regenerate}
              onClick={onRegenerate}
            />
          ) : null}
          {onRate ? <FeedbackButtons value={metadata.rating ?? null} onChange={onRate} /> : null}
          {metadata.shapedBy && metadata.shapedBy.length > 0 ? (
            <WhyThisReply shapedBy={metadata.shapedBy} />
          ) : null}
        </div>
      ) : null}
    </article>
  );
}

/**
 * One chat message: markdown text (streamed or complete), copy, regenerate, thumbs, 'why this
 * reply', stopped and error states with retry, and a pending comparison when there is one.
 */
export const Message = memo(function Message({
  strings,
  theme,
  unstyled,
  className,
  ...props
}: MessageProps) {
  return (
    <KitRoot settings={{ strings, theme, unstyled }} className={className} ownClass="attune-message">
      {(root) => <MessageBody {...props} root={root} />}
    </KitRoot>
  );
});
