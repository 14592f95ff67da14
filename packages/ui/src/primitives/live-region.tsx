import { VisuallyHidden } from './visually-hidden';

/**
 * A polite live region: screen readers announce `message` each time it changes. Keep one per
 * widget and set the message only for complete events (not per streamed chunk).
 */
export function LiveRegion({ message }: { message: string }) {
  return (
    <div role="status" aria-live="polite" aria-atomic="true">
      <VisuallyHidden>{message}</VisuallyHidden>
    </div>
  );
}
