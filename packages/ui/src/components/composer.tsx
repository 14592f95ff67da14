'use client';
import {
  type ChangeEvent,
  type ClipboardEvent,
  type DragEvent,
  type FormEvent,
  forwardRef,
  useCallback,
  useId,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
} from 'react';
import { IconButton } from '../primitives/icon-button';
import {
  type AttachmentOptions,
  resolveAttachmentOptions,
  useAttachments,
} from '../primitives/use-attachments';
import { useChatTextarea } from '../primitives/use-chat-textarea';
import { type AttuneSettings, KitRoot, type RootProps, useStrings } from '../provider';
import { icons } from './icons';

/** Props of {@link Composer}. */
export interface ComposerProps extends AttuneSettings {
  /**
   * Sends the text (already trimmed) and the attached files; the box clears afterwards. With
   * attachments a message may be files alone (empty text).
   */
  onSend: (text: string, files: File[]) => void;
  /**
   * Lets the user attach files by picking, pasting or dropping them, shown as removable
   * previews; `true` takes the defaults of {@link AttachmentOptions}. Off by default.
   */
  attachments?: boolean | AttachmentOptions;
  /** Stops the streaming reply; shown as a Stop button while `busy`. */
  onStop?: () => void;
  /** True while a reply is on its way: Enter does not send and Stop replaces Send. */
  busy?: boolean;
  /** Disables the whole composer. */
  disabled?: boolean;
  /** Maximum length in characters (default 4000). Longer text is kept but cannot be sent. */
  maxLength?: number;
  /** Placeholder (defaults to the strings). */
  placeholder?: string;
  /** Focus the box on mount. */
  autoFocus?: boolean;
  /** Extra class on the root. */
  className?: string;
}

/** Imperative handle of {@link Composer}. */
export interface ComposerHandle {
  /** Moves focus to the text box. */
  focus(): void;
  /** Replaces the text in the box. */
  setText(text: string): void;
}

/** Show the counter once this share of the limit is used. */
const COUNTER_FROM = 0.8;
/** Grow the box up to this height (px), then scroll. */
const MAX_HEIGHT = 200;

const ComposerForm = forwardRef<ComposerHandle, ComposerProps & { root: RootProps }>(function ComposerForm(
  {
    onSend,
    onStop,
    busy = false,
    disabled = false,
    maxLength = 4000,
    placeholder,
    autoFocus,
    attachments: attachmentSetting = false,
    root,
  },
  ref,
) {
  const strings = useStrings();
  const [text, setText] = useState('');
  const attachmentOptions = useMemo(
    () => resolveAttachmentOptions(typeof attachmentSetting === 'object' ? attachmentSetting : {}),
    [attachmentSetting],
  );
  const attaching = attachmentSetting !== false;
  const attachments = useAttachments(attachmentOptions);
  const filePicker = useRef<HTMLInputElement>(null);
  const errorId = useId();
  const counterId = useId();
  const hintId = useId();
  const textbox = useChatTextarea(text, () => submit(), MAX_HEIGHT);
  const textarea = textbox.ref;

  useImperativeHandle(ref, () => ({ focus: () => textarea.current?.focus(), setText }), [textarea]);

  const length = text.length;
  const over = length - maxLength;
  const showCounter = length >= maxLength * COUNTER_FROM;
  const hasContent = text.trim().length > 0 || attachments.files.length > 0;
  const canSend = !disabled && !busy && hasContent && over <= 0;

  const submit = useCallback(() => {
    if (!canSend) return;
    onSend(text.trim(), attachments.take());
    setText('');
    textarea.current?.focus();
  }, [canSend, onSend, text, textarea, attachments]);

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    if (!attaching || event.clipboardData.files.length === 0) return;
    // Pasted text still goes into the box; pasted files (screenshots) become attachments.
    if (!event.clipboardData.getData('text')) event.preventDefault();
    attachments.add(Array.from(event.clipboardData.files));
  };
  const [dragging, setDragging] = useState(false);
  const dropHandlers = attaching
    ? {
        onDragOver: (event: DragEvent) => {
          if (!event.dataTransfer.types.includes('Files')) return;
          event.preventDefault();
          setDragging(true);
        },
        onDragLeave: () => setDragging(false),
        onDrop: (event: DragEvent) => {
          if (event.dataTransfer.files.length === 0) return;
          event.preventDefault();
          setDragging(false);
          attachments.add(Array.from(event.dataTransfer.files));
        },
      }
    : {};
  const describedBy = [hintId, showCounter ? counterId : null, attachments.error ? errorId : null]
    .filter(Boolean)
    .join(' ');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit();
  };

  return (
    <form {...root} onSubmit={onSubmit} data-disabled={disabled || undefined}>
      {attachments.files.length > 0 ? (
        <ul className="attune-composer-attachments" aria-label={strings.attachmentsLabel}>
          {attachments.files.map((item) => (
            <li key={item.id} className="attune-file-chip">
              {item.previewUrl ? (
                <img className="attune-file-image" src={item.previewUrl} alt="" />
              ) : (
                icons.file
              )}
              <span className="attune-file-name">{item.file.name}</span>
              <IconButton
                className="attune-icon-button"
                label={strings.removeAttachment(item.file.name)}
                icon={icons.close}
                onClick={() => attachments.remove(item.id)}
              />
            </li>
          ))}
        </ul>
      ) : null}
      <div
        className="attune-composer-box"
        data-invalid={over > 0 || undefined}
        data-dragging={dragging || undefined}
        {...dropHandlers}
      >
        {attaching ? (
          <>
            <IconButton
              className="attune-composer-button attune-composer-attach"
              label={strings.attachFiles}
              icon={icons.paperclip}
              disabled={disabled}
              onClick={() => filePicker.current?.click()}
            />
            <input
              ref={filePicker}
              type="file"
              multiple={attachmentOptions.maxFiles > 1}
              accept={attachmentOptions.accept.join(',')}
              hidden
              tabIndex={-1}
              aria-hidden="true"
              onChange={(event: ChangeEvent<HTMLInputElement>) => {
                if (event.target.files) attachments.add(Array.from(event.target.files));
                event.target.value = '';
              }}
            />
          </>
        ) : null}
        <textarea
          {...textbox}
          className="attune-composer-input"
          rows={1}
          value={text}
          placeholder={placeholder ?? strings.composerPlaceholder}
          aria-label={strings.composerLabel}
          aria-describedby={describedBy}
          aria-invalid={over > 0 || undefined}
          disabled={disabled}
          // biome-ignore lint/a11y/noAutofocus: opt-in, for a chat opened on purpose.
          autoFocus={autoFocus}
          onChange={(event: ChangeEvent<HTMLTextAreaElement>) => setText(event.target.value)}
          onPaste={onPaste}
        />
        {busy && onStop ? (
          <IconButton
            className="attune-composer-button attune-composer-stop"
            label={strings.stop}
            icon={icons.stop}
            onClick={onStop}
          />
        ) : (
          <IconButton
            type="submit"
            className="attune-composer-button attune-composer-send"
            label={strings.send}
            icon={icons.send}
            disabled={!canSend}
          />
        )}
      </div>
      {attachments.error ? (
        <p id={errorId} className="attune-composer-error" role="alert">
          {attachments.error}
        </p>
      ) : null}
      <div className="attune-composer-footer">
        <span id={hintId} className="attune-composer-hint">
          {strings.composerHint}
        </span>
        {showCounter ? (
          <span
            id={counterId}
            className="attune-composer-counter"
            data-over={over > 0 || undefined}
            role={over > 0 ? 'alert' : undefined}
          >
            {over > 0 ? strings.charactersOver(over) : strings.charactersLeft(maxLength - length)}
          </span>
        ) : null}
      </div>
    </form>
  );
});

/**
 * The message box: multiline, Enter sends and Shift+Enter breaks the line (IME-safe), a Stop
 * button while a reply streams, a length limit with a live counter, and (with `attachments`)
 * files picked, pasted or dropped, shown as removable previews.
 */
export const Composer = forwardRef<ComposerHandle, ComposerProps>(function Composer(
  { strings, theme, unstyled, className, ...props },
  ref,
) {
  return (
    <KitRoot settings={{ strings, theme, unstyled }} className={className} ownClass="attune-composer">
      {(root) => <ComposerForm {...props} root={root} ref={ref} />}
    </KitRoot>
  );
});
