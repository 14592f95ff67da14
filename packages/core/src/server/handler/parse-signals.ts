import { checkSignal } from '../../persona/signal-schema';
import type { Signal } from '../../persona/signals';
import { HandlerError } from './handler-error';

/**
 * Validates posted signals against the one signal rule set (`signalSchema`), answering the first
 * bad one with a 400 `invalid-signal` that names its index and field.
 */
export function parseSignals(values: readonly unknown[]): Signal[] {
  return values.map((value, index) => {
    const check = checkSignal(value, index);
    if (!check.ok) throw new HandlerError(400, 'invalid-signal', check.message);
    return check.signal;
  });
}
