/**
 * Runs a session action from an event handler. Model and transport failures never reject
 * (they land in the session's status), so a rejection here is a misuse such as regenerating
 * while a reply streams: it is reported on the console instead of going unhandled.
 */
export function runAction(action: Promise<unknown>): void {
  action.catch((error: unknown) => {
    console.error('[attune]', error instanceof Error ? error.message : error);
  });
}
