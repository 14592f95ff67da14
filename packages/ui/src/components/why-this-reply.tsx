'use client';
import type { ConditioningReceipt } from '@attune/core';
import { alignxSpace } from '@attune/core/alignment';
import { useId, useMemo, useRef, useState } from 'react';
import { onEscape } from '../primitives/on-escape';
import { type AttuneSettings, kitComponent, type RootProps, useStrings } from '../provider';
import { icons } from './icons';
import type { PersonaPanelSource } from './persona-panel-source';
import { plainShapedBy } from './plain-shaped-by';

/** Props of {@link WhyThisReply}. */
export interface WhyThisReplyProps extends AttuneSettings {
  /**
   * The reply's receipt (`metadata.conditioning`): what its producer says it applied. Only that
   * is shown: the dimensions it names and where they came from, or that nothing personal did.
   */
  conditioning: ConditioningReceipt;
  /**
   * List every dimension with the space's own labels, personality included. Off by default:
   * like the persona panel, it lists only the style axes and topics, in plain words.
   */
  showAllDimensions?: boolean;
  /** The preference space the dimensions come from (the AlignX space by default). */
  space?: PersonaPanelSource['space'];
  /** Start expanded. */
  defaultOpen?: boolean;
  /** Extra class on the root. */
  className?: string;
}

function Why({
  conditioning,
  showAllDimensions = false,
  space = alignxSpace,
  defaultOpen = false,
  root,
}: WhyThisReplyProps & { root: RootProps }) {
  const strings = useStrings();
  const named = conditioning.source === 'none' ? [] : (conditioning.shapedBy ?? []);
  const shapedBy = useMemo(
    () => (showAllDimensions ? named : plainShapedBy(named, space, strings)),
    [named, showAllDimensions, space, strings],
  );
  const [open, setOpen] = useState(defaultOpen);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape closes the disclosure from inside it.
    <div {...root} onKeyDown={open ? onEscape(close) : undefined}>
      <button
        ref={button}
        type="button"
        className="attune-why-toggle attune-text-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {icons.sparkles}
        {strings.whyThisReply}
      </button>
      <div id={panelId} className="attune-why-panel" hidden={!open}>
        {shapedBy.length === 0 ? (
          // Only dimensions an end user is not shown (personality, needs) shaped it: say so, plainly.
          <p className="attune-why-intro">{named.length > 0 ? strings.whyGeneral : strings.whyNothing}</p>
        ) : (
          <>
            <p className="attune-why-intro">{strings.whyIntro}</p>
            <ul className="attune-why-list">
              {shapedBy.map((dimension) => {
                const percent = Math.round(dimension.confidence * 100);
                return (
                  <li key={dimension.id} className="attune-why-item">
                    <span className="attune-why-label">
                      {dimension.label}
                      {dimension.pinned ? <span className="attune-tag">{strings.setByYou}</span> : null}
                    </span>
                    <span className="attune-bar" role="img" aria-label={strings.confidence(percent)}>
                      <span className="attune-bar-fill" style={{ inlineSize: `${percent}%` }} />
                    </span>
                    <span className="attune-why-confidence" aria-hidden="true">
                      {strings.confidence(percent)}
                    </span>
                  </li>
                );
              })}
            </ul>
            {conditioning.source === 'none' ? null : (
              <p className="attune-why-source">{strings.whySource(conditioning.source)}</p>
            )}
          </>
        )}
      </div>
    </div>
  );
}

/**
 * A disclosure listing what shaped a reply, with the confidence of each and where it came
 * from, as the reply's conditioning receipt says: by default the style axes and topics in the
 * user's words ("Short answers"), or with `showAllDimensions` every persona dimension with the
 * space's labels.
 */
export const WhyThisReply = kitComponent<WhyThisReplyProps>('WhyThisReply', 'attune-why', Why);
