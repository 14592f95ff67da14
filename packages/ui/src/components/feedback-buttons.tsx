'use client';
import { ToggleButton } from '../primitives/toggle-button';
import { type AttuneSettings, kitComponent, type RootProps, useStrings } from '../provider';
import { icons } from './icons';

/** A thumb on a reply: up, down, or none. */
export type Rating = 'up' | 'down' | null;

/** Props of {@link FeedbackButtons}. */
export interface FeedbackButtonsProps extends AttuneSettings {
  /** The current rating. */
  value: Rating;
  /** Called with the new rating; pressing the active thumb again clears it (`null`). */
  onChange: (rating: Rating) => void;
  /** Disables both buttons (e.g. while the reply streams). */
  disabled?: boolean;
  /** Extra class on the root. */
  className?: string;
}

function Thumbs({ value, onChange, disabled, root }: FeedbackButtonsProps & { root: RootProps }) {
  const strings = useStrings();
  return (
    <fieldset {...root} aria-label={strings.feedbackLabel}>
      <ToggleButton
        className="attune-icon-button attune-feedback-up"
        pressed={value === 'up'}
        onPressedChange={(pressed) => onChange(pressed ? 'up' : null)}
        aria-label={strings.helpful}
        title={strings.helpful}
        disabled={disabled}
      >
        {icons.thumbUp}
      </ToggleButton>
      <ToggleButton
        className="attune-icon-button attune-feedback-down"
        pressed={value === 'down'}
        onPressedChange={(pressed) => onChange(pressed ? 'down' : null)}
        aria-label={strings.notHelpful}
        title={strings.notHelpful}
        disabled={disabled}
      >
        {icons.thumbDown}
      </ToggleButton>
    </fieldset>
  );
}

/** Thumbs up / down on a reply, each a toggle with an accessible name. */
export const FeedbackButtons = kitComponent<FeedbackButtonsProps>(
  'FeedbackButtons',
  'attune-feedback',
  Thumbs,
);
