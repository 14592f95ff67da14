import type { ButtonHTMLAttributes, ReactNode } from 'react';

/** Props of {@link ToggleButton}. */
export interface ToggleButtonProps
  extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onChange' | 'type'> {
  /** Whether the button is on. */
  pressed: boolean;
  /** Called with the new state when the user toggles it. */
  onPressedChange: (pressed: boolean) => void;
  /** Visible content (give an `aria-label` when it is only an icon). */
  children?: ReactNode;
}

/** A two-state button (`aria-pressed`). */
export function ToggleButton({ pressed, onPressedChange, children, ...rest }: ToggleButtonProps) {
  return (
    <button {...rest} type="button" aria-pressed={pressed} onClick={() => onPressedChange(!pressed)}>
      {children}
    </button>
  );
}
