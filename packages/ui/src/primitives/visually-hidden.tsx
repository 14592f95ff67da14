import type { CSSProperties, ReactNode } from 'react';

/** Inline so it hides content even in unstyled mode or before the stylesheet loads. */
const hidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};

/** Content for screen readers only. */
export function VisuallyHidden({ children, id }: { children?: ReactNode; id?: string }) {
  return (
    <span id={id} style={hidden}>
      {children}
    </span>
  );
}
