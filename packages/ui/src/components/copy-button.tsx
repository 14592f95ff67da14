import { IconButton } from '../primitives/icon-button';
import { useCopy } from '../primitives/use-copy';
import { useStrings } from '../provider';
import { icons } from './icons';

/** An icon button that copies `getText()` to the clipboard and says "copied" for a moment. */
export function CopyButton({
  label,
  getText,
  className,
}: {
  /** What the button copies, as its accessible name and tooltip. */
  label: string;
  /** The text to copy, read on click. */
  getText: () => string;
  /** Class of the button. */
  className: string;
}) {
  const strings = useStrings();
  const { copied, copy } = useCopy();
  return (
    <IconButton
      className={className}
      label={copied ? strings.copied : label}
      title={label}
      icon={copied ? icons.check : icons.copy}
      onClick={() => copy(getText())}
    />
  );
}
