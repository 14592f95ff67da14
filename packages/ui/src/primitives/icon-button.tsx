import { type ButtonHTMLAttributes, forwardRef, type ReactNode } from 'react';

/** Props of {@link IconButton}. */
export interface IconButtonProps
  extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children' | 'aria-label'> {
  /** The accessible name, also shown as the tooltip unless `title` says otherwise. */
  label: string;
  /** The icon shown instead of text. */
  icon: ReactNode;
}

/**
 * A button that shows only an icon, named by `label` (a plain `type="button"` unless `type` is
 * given). The ref reaches the button, e.g. to return focus to it.
 */
export const IconButton = forwardRef<HTMLButtonElement, IconButtonProps>(function IconButton(
  { label, icon, type = 'button', ...rest },
  ref,
) {
  return (
    <button ref={ref} type={type} aria-label={label} title={label} {...rest}>
      {icon}
    </button>
  );
});
