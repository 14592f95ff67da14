import { type KeyboardEvent, type RefObject, useLayoutEffect, useRef } from 'react';

/** What {@link useChatTextarea} puts on a `<textarea>`. */
export interface ChatTextareaProps {
  ref: RefObject<HTMLTextAreaElement | null>;
  onKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
  onCompositionStart: () => void;
  onCompositionEnd: () => void;
}

/**
 * A chat text box: it grows with `text` up to `maxHeight` px (then scrolls), and Enter calls
 * `onEnter` while Shift+Enter adds a line. The Enter an IME uses to confirm a composition never
 * sends. Spread the result on the `<textarea>`.
 */
export function useChatTextarea(text: string, onEnter: () => void, maxHeight: number): ChatTextareaProps {
  const ref = useRef<HTMLTextAreaElement>(null);
  const composing = useRef(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the height follows the text.
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    box.style.height = 'auto';
    box.style.height = `${Math.min(box.scrollHeight, maxHeight)}px`;
  }, [text, maxHeight]);

  return {
    ref,
    onKeyDown(event) {
      if (event.key !== 'Enter' || event.shiftKey) return;
      if (composing.current || event.nativeEvent.isComposing || event.keyCode === 229) return;
      event.preventDefault();
      onEnter();
    },
    onCompositionStart() {
      composing.current = true;
    },
    onCompositionEnd() {
      composing.current = false;
    },
  };
}
