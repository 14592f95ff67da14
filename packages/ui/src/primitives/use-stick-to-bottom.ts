import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';

/** How close to the bottom (px) still counts as "at the bottom". */
const THRESHOLD = 48;

/**
 * Keeps a scroll container pinned to its bottom while content grows, and lets go as soon as
 * the user scrolls up. `atBottom` drives a 'jump to latest' button; `scrollToBottom` re-pins.
 * `contentKey` should change whenever content is added or grows.
 */
export function useStickToBottom(
  container: RefObject<HTMLElement | null>,
  contentKey: unknown,
): { atBottom: boolean; scrollToBottom: (behavior?: ScrollBehavior) => void } {
  const [atBottom, setAtBottom] = useState(true);
  const pinned = useRef(true);

  const scrollToBottom = useCallback(
    (behavior: ScrollBehavior = 'auto') => {
      const element = container.current;
      pinned.current = true;
      setAtBottom(true);
      if (element) element.scrollTo({ top: element.scrollHeight, behavior });
    },
    [container],
  );

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let lastTop = element.scrollTop;
    const onScroll = () => {
      const distance = element.scrollHeight - element.scrollTop - element.clientHeight;
      const scrolledUp = element.scrollTop < lastTop;
      lastTop = element.scrollTop;
      if (distance <= THRESHOLD) pinned.current = true;
      else if (scrolledUp) pinned.current = false;
      setAtBottom(pinned.current);
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => element.removeEventListener('scroll', onScroll);
  }, [container]);

  // Follows new content at most once per frame: reading scrollHeight right after each streamed
  // chunk forced a synchronous layout per chunk.
  // biome-ignore lint/correctness/useExhaustiveDependencies: contentKey is the trigger, not a value read.
  useEffect(() => {
    const element = container.current;
    if (!element || !pinned.current) return;
    const frame = requestAnimationFrame(() => {
      if (pinned.current) element.scrollTop = element.scrollHeight;
    });
    return () => cancelAnimationFrame(frame);
  }, [container, contentKey]);

  return { atBottom, scrollToBottom };
}
