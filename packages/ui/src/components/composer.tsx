'use client';
import {
  type ChangeEvent,
  type FormEvent,
  forwardRef,
  useCallback,
  useId,
  useImperativeHandle,
  useState,
} from 'react';
import { IconButton } from '../primitives/icon-button';
import { useChatTextarea } from '../primitives/use-chat-textarea';
import { type AttuneSettings, KitRoot, type RootProps, useStrings } from '../provider';
import { icons } from './icons';

/** Props of {@link Composer}. */
export interface ComposerProps extends AttuneSettings {
  /** Sends the text (already trimmed); the box clears afterwards. */
  onSend: (text: string) => void;
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
  { onSend, onStop, busy = false, disabled = false, maxLength = 4000, placeholder, autoFocus, root },
  ref,
) {
  const strings = useStrings();
  const [text, setText] = useState('');
  const counterId = useId();
  const hintId = useId();
  const textbox = useChatTextarea(text, () => submit(), MAX_HEIGHT);
  const textarea = textbox.ref;

  useImperativeHandle(ref, () => ({ focus: () => textarea.current?.focus(), setText }), [textarea]);

  const length = text.length;
  const over = length - maxLength;
  const showCounter = length >= maxLength * COUNTER_FROM;
  const canSend = !disabled && !busy && text.trim().length > 0 && over <= 0;

  const submit = useCallback(() => {
    if (!canSend) return;
    onSend(text.trim());
    setText('');
    textarea.current?.focus();
  }, [canSend, onSend, text, textarea]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit();
  };

  return (
    <form {...root} onSubmit={onSubmit} data-disabled={disabled || undefined}>
      <div className="attune-composer-box" data-invalid={over > 0 || undefined}>
        <textarea
          {...textbox}
          className="attune-composer-input"
          rows={1}
          value={text}
          placeholder={placeholder ?? strings.composerPlaceholder}
          aria-label={strings.composerLabel}
          aria-describedby={showCounter ? `${hintId} ${counterId}` : hintId}
          aria-invalid={over > 0 || undefined}
          disabled={disabled}
          // biome-ignore lint/a11y/noAutofocus: opt-in, for a chat opened on purpose.
          autoFocus={autoFocus}
          onChange={(event: ChangeEvent<HTMLTextAreaElement>) => setText(event.target.value)}
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
 * button while a reply streams, and a length limit with a live counter.
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
