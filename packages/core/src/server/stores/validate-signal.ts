import { STYLE_AXES } from '../../alignment/style';
import type { Signal } from '../../persona/signals';
import { isPlainObject } from './json';
import { PersonaStoreError } from './persona-store-error';

const STYLE_AXIS_SET: ReadonlySet<string> = new Set(STYLE_AXES);

function fail(index: number, problem: string): never {
  throw new PersonaStoreError('invalid-signal', `Signal ${index}: ${problem}`);
}

function requireText(index: number, record: Record<string, unknown>, field: string, optional = false): void {
  const value = record[field];
  if (value === undefined && optional) return;
  if (typeof value !== 'string') fail(index, `\`${field}\` must be a string.`);
}

function requireStyle(index: number, record: Record<string, unknown>, field: string): void {
  const value = record[field];
  if (value === undefined) return;
  if (!isPlainObject(value)) fail(index, `\`${field}\` must be a style object.`);
  for (const [axis, level] of Object.entries(value)) {
    if (!STYLE_AXIS_SET.has(axis)) fail(index, `\`${field}\` has an unknown style axis "${axis}".`);
    if (typeof level !== 'number' || !(level >= -1 && level <= 1)) {
      fail(index, `\`${field}.${axis}\` must be a number in [-1, 1].`);
    }
  }
}

const FIELDS: Record<Signal['kind'], readonly string[]> = {
  comparison: ['prompt', 'chosen', 'rejected', 'chosenStyle', 'rejectedStyle'],
  rating: ['text', 'rating', 'prompt', 'style'],
  'user-text': ['text'],
  description: ['text'],
  explicit: ['dimension', 'direction', 'pinned'],
};

/**
 * Checks that `value` is a well-formed {@link Signal} (the `index` names it in the error) and returns
 * a copy holding only the fields the signal's kind defines, so nothing unchecked or unscrubbed is kept. Throws an `invalid-signal` {@link PersonaStoreError} that names the field, never its text.
 */
export function assertSignal(value: unknown, index: number): Signal {
  if (!isPlainObject(value)) fail(index, 'must be a plain object.');
  if (typeof value.at !== 'number' || !Number.isFinite(value.at) || value.at < 0) {
    fail(index, '`at` must be a non-negative time in milliseconds.');
  }
  if (
    value.weight !== undefined &&
    (typeof value.weight !== 'number' || !(value.weight >= 0 && value.weight < Infinity))
  ) {
    fail(index, '`weight` must be a finite number of at least 0.');
  }
  switch (value.kind) {
    case 'comparison':
      requireText(index, value, 'prompt');
      requireText(index, value, 'chosen');
      requireText(index, value, 'rejected');
      requireStyle(index, value, 'chosenStyle');
      requireStyle(index, value, 'rejectedStyle');
      break;
    case 'rating':
      requireText(index, value, 'text');
      requireText(index, value, 'prompt', true);
      requireStyle(index, value, 'style');
      if (value.rating !== 'up' && value.rating !== 'down') fail(index, '`rating` must be "up" or "down".');
      break;
    case 'user-text':
    case 'description':
      requireText(index, value, 'text');
      break;
    case 'explicit':
      if (typeof value.dimension !== 'string' || value.dimension === '') {
        fail(index, '`dimension` must be a non-empty dimension id.');
      }
      if (typeof value.direction !== 'number' || !(value.direction >= 0 && value.direction <= 1)) {
        fail(index, '`direction` must be a number in [0, 1].');
      }
      if (value.pinned !== undefined && typeof value.pinned !== 'boolean')
        fail(index, '`pinned` must be a boolean.');
      break;
    default:
      fail(index, `unknown kind ${JSON.stringify(String(value.kind)).slice(0, 40)}.`);
  }
  const kind = value.kind as Signal['kind'];
  const copy: Record<string, unknown> = { kind, at: value.at };
  if (value.weight !== undefined) copy.weight = value.weight;
  for (const field of FIELDS[kind]) if (value[field] !== undefined) copy[field] = value[field];
  return copy as unknown as Signal;
}
