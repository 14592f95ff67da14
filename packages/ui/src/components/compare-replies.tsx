'use client';
import type { Comparison } from '@attune/core';
import { useId } from 'react';
import { moveFocusWithArrows } from '../primitives/roving-focus';
import { type AttuneSettings, kitComponent, type RootProps, useStrings } from '../provider';
import { Markdown } from './markdown';
import { MessageSources, messageSources } from './message-sources';

/** A comparison choice: a candidate index or no preference. */
export type ComparisonChoice = 0 | 1 | 'none';

/** Props of {@link CompareReplies}. */
export interface CompareRepliesProps extends AttuneSettings {
  /** The comparison (from the message's `metadata.comparison`). */
  comparison: Comparison;
  /** Called with the user's choice. */
  onChoose: (choice: ComparisonChoice) => void;
  /** Extra class on the root. */
  className?: string;
}

function Compare({ comparison, onChoose, root }: CompareRepliesProps & { root: RootProps }) {
  const strings = useStrings();
  const titleId = useId();
  const chosen = comparison.chosen;
  const decided = chosen !== undefined;
  return (
    <section {...root} aria-labelledby={titleId} data-decided={decided || undefined}>
      <header className="attune-compare-header">
        <h3 id={titleId} className="attune-compare-title">
          {strings.compareTitle}
        </h3>
        <p className="attune-compare-hint" role={decided ? 'status' : undefined}>
          {decided ? strings.compareThanks : strings.compareHint}
        </p>
      </header>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: arrow keys move between the choice buttons inside. */}
      <div className="attune-compare-options" onKeyDown={moveFocusWithArrows}>
        {comparison.candidates.map((candidate, index) => {
          const option = index as 0 | 1;
          const name = strings.candidateName(index);
          return (
            <article
              key={name}
              className="attune-compare-candidate"
              aria-label={name}
              data-chosen={chosen === option || undefined}
            >
              <div className="attune-compare-name">{name}</div>
              <div className="attune-compare-text">
                <Markdown text={candidate.text} />
              </div>
              <MessageSources sources={messageSources({ parts: candidate.sources ?? [] })} />
              <button
                type="button"
                className="attune-button attune-compare-choose"
                aria-label={`${strings.preferThis}: ${name}`}
                aria-pressed={chosen === option}
                disabled={decided}
                onClick={() => onChoose(option)}
              >
                {strings.preferThis}
              </button>
            </article>
          );
        })}
        <button
          type="button"
          className="attune-text-button attune-compare-none"
          aria-pressed={chosen === 'none'}
          disabled={decided}
          onClick={() => onChoose('none')}
        >
          {strings.noPreference}
        </button>
      </div>
    </section>
  );
}

/**
 * Two candidate replies side by side (stacked when narrow), each with the sources it drew on
 * ("From: …", as under a reply); the user picks one or no preference.
 */
export const CompareReplies = kitComponent<CompareRepliesProps>('CompareReplies', 'attune-compare', Compare);
