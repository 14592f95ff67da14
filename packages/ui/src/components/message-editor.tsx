'use client';
import { type ChangeEvent, type FormEvent, useId, useLayoutEffect, useState } from 'react';
import { onEscape } from '../primitives/on-escape';
import { useChatTextarea } from '../primitives/use-chat-textarea';
import { VisuallyHidden } from '../primitives/visually-hidden';
import { type AttuneSettings, kitComponent, type RootProps, useStrings } from '../provider';
import { icons } from './icons';

/** Props of {@link MessageEditor}. */
export interface MessageEditorProps extends AttuneSettings {
  /** The message's current text: the editor opens with it, and it cannot be sent unchanged. */
  original: string;
  /** Text to open with instead of `original`, e.g. a draft kept after a failed send. */
  initialText?: string;
  /** Sends the edited text (trimmed). */
  onSave: (text: string) => void;
  /** Leaves the editor without sending (Cancel or Escape). */
  onCancel: () => void;
  /** Why the last send failed, shown in an alert under the box. */
  error?: string;
  /** Prevents sending (e.g. while a reply streams); the text stays editable. */
  disabled?: boolean;
  /** Extra class on the root. */
  className?: string;
}

/** Grow the box up to this height (px), then scroll. */
const MAX_HEIGHT = 240;

function EditorForm({
  original,
  initialText,
  onSave,
  onCancel,
  error,
  disabled = false,
  root,
}: MessageEditorProps & { root: RootProps }) {
  const strings = useStrings();
  const [text, setText] = useState(initialText ?? original);
  const hintId = useId();
  const errorId = useId();
  const trimmed = text.trim();
  const canSave = !disabled && trimmed.length > 0 && trimmed !== original.trim();
  const save = () => {
    if (canSave) onSave(trimmed);
  };
  const textbox = useChatTextarea(text, save, MAX_HEIGHT);

  const textarea = textbox.ref;
  // Opens focused, with the caret after the text.
  useLayoutEffect(() => {
    const box = textarea.current;
    if (!box) return;
    box.focus();
    box.setSelectionRange(box.value.length, box.value.length);
  }, [textarea]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save();
  };

  return (
    <form {...root} onSubmit={onSubmit} onKeyDown={onEscape(onCancel)}>
      <textarea
        {...textbox}
        className="attune-message-editor-input"
        rows={1}
        value={text}
        aria-label={strings.editLabel}
        aria-describedby={error === undefined ? hintId : `${hintId} ${errorId}`}
        onChange={(event: ChangeEvent<HTMLTextAreaElement>) => setText(event.target.value)}
      />
      <VisuallyHidden id={hintId}>{strings.editHint}</VisuallyHidden>
      {error === undefined ? null : (
        <p id={errorId} className="attune-message-editor-error" role="alert">
          {icons.alert}
          <span>
            {strings.editFailed} {error}
          </span>
        </p>
      )}
      <div className="attune-message-editor-actions">
        <button type="button" className="attune-button attune-button-small" onClick={onCancel}>
          {strings.cancel}
        </button>
        <button
          type="submit"
          className="attune-button attune-button-small attune-message-editor-save"
          disabled={!canSave}
        >
          {strings.saveAndSend}
        </button>
      </div>
    </form>
  );
}

/**
 * An inline editor for a message the user sent: a text box that opens focused with the caret at
 * the end, Enter sends and Shift+Enter breaks the line (IME-safe), Escape cancels. Empty or
 * unchanged text cannot be sent; a send `error` shows in an alert and keeps the text.
 */
export const MessageEditor = kitComponent<MessageEditorProps>(
  'MessageEditor',
  'attune-message-editor',
  EditorForm,
);
