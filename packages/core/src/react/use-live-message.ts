import { useCallback, useSyncExternalStore } from 'react';
import type { AttuneMessage, ChatSession } from '../index';
import { useSessionFrom } from './chat-session-context';
import { messageById } from './use-messages';

type Cancel = () => void;

/** Runs `callback` before the next paint (a 16 ms timer where there are no animation frames). */
function nextFrame(callback: () => void): Cancel {
  if (typeof requestAnimationFrame === 'function') {
    const frame = requestAnimationFrame(callback);
    return () => cancelAnimationFrame(frame);
  }
  const timer = setTimeout(callback, 16);
  return () => clearTimeout(timer);
}

/**
 * One message by id, like `useMessage`, for a message that may be streaming: while `live`, it
 * re-renders at most once per animation frame, however fast chunks arrive (a fast model costs a
 * render per frame, not per chunk); when `live` turns false it renders the final state at once.
 */
export function useLiveMessage(id: string, live: boolean, session?: ChatSession): AttuneMessage | undefined {
  const { store } = useSessionFrom(session);
  const subscribe = useCallback(
    (notify: () => void) => {
      if (!live) return store.subscribe(notify);
      let cancel: Cancel | undefined;
      const unsubscribe = store.subscribe(() => {
        cancel ??= nextFrame(() => {
          cancel = undefined;
          notify();
        });
      });
      return () => {
        unsubscribe();
        cancel?.();
      };
    },
    [store, live],
  );
  const snapshot = () => messageById(store.getState().messages).get(id);
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
