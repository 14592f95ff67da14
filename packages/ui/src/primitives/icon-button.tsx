import type { ButtonHTMLAttributes, ReactNode } from 'react';

/** Props of {@link IconButton}. */
export interface IconButtonProps
  extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children' | 'aria-label'> {
  /** The accessible name, also shown as the tooltip unless `title` says otherwise. */
  label: string;
  /** The icon shown instead of text. */
  icon: ReactNode;
}

/** A button that shows only an icon, named by `label` (a plain `type="button"` unless `type` is given). */
export function IconButton({ label, icon, type = 'button', ...rest }: IconButtonProps) {
  return (
    <button type={type} aria-label={label} title={label} {...rest}>
      {icon}
    </button>
  );
}
