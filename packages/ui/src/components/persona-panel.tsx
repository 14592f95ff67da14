'use client';
import type { ConditioningReceipt, DimensionReadout } from '@attune/core';
import { type ChangeEvent, useCallback, useId, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { LiveRegion } from '../primitives/live-region';
import { moveFocusWithArrows } from '../primitives/roving-focus';
import { type AttuneSettings, kitComponent, type RootProps, useStrings } from '../provider';
import { icons } from './icons';
import type { PersonaPanelSource } from './persona-panel-source';
import { plainPersonaView } from './plain-persona-view';

/** Props of {@link PersonaPanel}. */
export interface PersonaPanelProps extends AttuneSettings {
  /** The persona to show and edit. */
  persona: PersonaPanelSource;
  /** How many dimensions to show before 'Show all' (default 6, or 8 in the plain view). */
  limit?: number;
  /**
   * Show every dimension of the preference space, personality and other psychological
   * dimensions included, with the space's own labels. Off by default: the panel shows what a
   * user recognizes and can change, the style axes (detail, structure, expertise, formality,
   * warmth, empathy, humour) and the topics learned, in plain words.
   */
  showAllDimensions?: boolean;
  /** File name of the export (default `attune-preferences.json`). */
  exportFileName?: string;
  /**
   * The latest reply's receipt (`metadata.conditioning`): the panel says whether that reply was
   * personalized and from where, as the receipt says. Nothing is said without one.
   */
  lastReply?: ConditioningReceipt;
  /**
   * How many learned feedback signals wait to be sent with the next message (the session's
   * `waitingSignals.length`); the panel says so when there are any, since the server has not learned
   * them yet. `<Chat>` passes its session's.
   */
  waitingSignals?: number;
  /** Extra class on the root. */
  className?: string;
}

/** Where the lean marker sits, in [0, 1]: 0 = negative pole, 1 = positive pole. */
function leanPosition(dimension: DimensionReadout): number {
  if (dimension.pinned) return dimension.direction;
  const sign = Math.sign(dimension.mean);
  return 0.5 + (sign * dimension.confidence) / 2;
}

/** The dimensions that matter: set by the user, then leaning, then most certain and most evidenced. */
function rank(dimensions: readonly DimensionReadout[]): DimensionReadout[] {
  return [...dimensions].sort(
    (a, b) =>
      Number(b.pinned) - Number(a.pinned) ||
      Number(b.direction !== 0.5) - Number(a.direction !== 0.5) ||
      b.confidence - a.confidence ||
      b.evidence - a.evidence,
  );
}

/** The persona's read-outs, read again only after the persona reports a change. */
function useReadouts(persona: PersonaPanelSource): readonly DimensionReadout[] {
  const cache = useRef<{ persona: PersonaPanelSource; readouts: readonly DimensionReadout[] } | null>(null);
  const subscribe = useCallback(
    (onChange: () => void) =>
      persona.subscribe(() => {
        cache.current = null;
        onChange();
      }),
    [persona],
  );
  const read = () => {
    if (cache.current?.persona !== persona) cache.current = { persona, readouts: persona.directions() };
    return cache.current.readouts;
  };
  return useSyncExternalStore(subscribe, read, read);
}

function downloadJson(fileName: string, value: unknown): void {
  const blob = new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function DimensionRow({ persona, dimension }: { persona: PersonaPanelSource; dimension: DimensionReadout }) {
  const strings = useStrings();
  const labelId = useId();
  const poles = persona.space?.dimensions.find((d) => d.id === dimension.id);
  const percent = Math.round(dimension.confidence * 100);
  const position = leanPosition(dimension);
  const options: Array<{ value: 0 | 0.5 | 1; text: string; title: string }> = [
    { value: 0, text: strings.preferNegative, title: poles?.negative ?? strings.preferNegative },
    { value: 0.5, text: strings.preferNeutral, title: strings.preferNeutral },
    { value: 1, text: strings.preferPositive, title: poles?.positive ?? strings.preferPositive },
  ];
  return (
    <li className="attune-persona-row" data-pinned={dimension.pinned || undefined}>
      <div className="attune-persona-row-head">
        <span id={labelId} className="attune-persona-label">
          {dimension.label}
        </span>
        <button
          type="button"
          className="attune-icon-button attune-persona-pin"
          aria-pressed={dimension.pinned}
          aria-label={`${dimension.pinned ? strings.unpin : strings.pin}: ${dimension.label}`}
          title={dimension.pinned ? strings.unpin : strings.pin}
          onClick={() =>
            dimension.pinned
              ? persona.unpin(dimension.id)
              : persona.set(dimension.id, dimension.direction as 0 | 0.5 | 1, { pinned: true })
          }
        >
          {icons.pin}
        </button>
      </div>
      {poles ? (
        <div className="attune-persona-poles" aria-hidden="true">
          <span>{poles.negative}</span>
          <span>{poles.positive}</span>
        </div>
      ) : null}
      {/* biome-ignore lint/a11y/useSemanticElements: a two-sided lean, which <meter> cannot draw. */}
      <div
        className="attune-lean"
        role="meter"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(position * 100)}
        aria-valuetext={`${dimension.label}, ${strings.confidence(percent)}`}
      >
        <span
          className="attune-lean-fill"
          style={{
            insetInlineStart: `${Math.min(position, 0.5) * 100}%`,
            inlineSize: `${Math.abs(position - 0.5) * 100}%`,
          }}
        />
        <span className="attune-lean-center" />
      </div>
      <div className="attune-persona-row-foot">
        {/* biome-ignore lint/a11y/useSemanticElements: a segmented control of toggle buttons, not a form fieldset. */}
        <div
          className="attune-segmented"
          role="group"
          aria-label={`${strings.direction}: ${dimension.label}`}
          onKeyDown={moveFocusWithArrows}
        >
          {options.map((option) => (
            <button
              key={option.value}
              type="button"
              title={option.title}
              aria-pressed={dimension.pinned && dimension.direction === option.value}
              onClick={() => persona.set(dimension.id, option.value, { pinned: true })}
            >
              {option.text}
            </button>
          ))}
        </div>
        <span className="attune-persona-confidence">
          {dimension.pinned ? strings.setByYou : strings.confidence(percent)}
        </span>
      </div>
    </li>
  );
}

function Panel({
  persona: source,
  showAllDimensions = false,
  limit = showAllDimensions ? 6 : 8,
  exportFileName = 'attune-preferences.json',
  lastReply,
  waitingSignals = 0,
  root,
}: PersonaPanelProps & { root: RootProps }) {
  const strings = useStrings();
  const persona = useMemo(
    () => (showAllDimensions ? source : plainPersonaView(source, strings)),
    [source, showAllDimensions, strings],
  );
  const readouts = useReadouts(persona);
  const [showAll, setShowAll] = useState(false);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const [notice, setNotice] = useState('');
  const [importError, setImportError] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const titleId = useId();

  const ranked = useMemo(() => rank(readouts), [readouts]);
  const leaning = ranked.filter((d) => d.pinned || d.direction !== 0.5);
  // Leaning dimensions first; with little evidence, the ones still being learned. The plain
  // view is short enough to show every style axis, so a user sees what they can change.
  const relevant = showAllDimensions
    ? ranked.filter((d) => d.pinned || d.direction !== 0.5 || d.evidence > 0)
    : ranked;
  const shown = showAll ? ranked : relevant.slice(0, limit);
  const summary =
    persona.signalCount === 0 && leaning.length === 0
      ? strings.personaEmpty
      : strings.personaSummary(leaning.slice(0, 4).map((d) => d.label));

  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      persona.load(JSON.parse(await file.text()));
      setImportError('');
      setNotice(strings.imported);
    } catch (error) {
      setImportError(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <section {...root} aria-labelledby={titleId}>
      <header className="attune-persona-header">
        <h2 id={titleId} className="attune-persona-title">
          {strings.personaTitle}
        </h2>
        <p className="attune-persona-summary">{summary}</p>
        <p className="attune-persona-evidence">{strings.personaEvidence(persona.signalCount)}</p>
        {waitingSignals > 0 ? (
          <p className="attune-persona-waiting">{strings.personaWaiting(waitingSignals)}</p>
        ) : null}
        {lastReply ? (
          <p className="attune-persona-last-reply" data-source={lastReply.source}>
            {strings.lastReplyConditioning(lastReply.source)}
          </p>
        ) : null}
      </header>
      {shown.length > 0 ? (
        <ul className="attune-persona-list">
          {shown.map((dimension) => (
            <DimensionRow key={dimension.id} persona={persona} dimension={dimension} />
          ))}
        </ul>
      ) : null}
      {ranked.length > shown.length || showAll ? (
        <button type="button" className="attune-text-button" onClick={() => setShowAll(!showAll)}>
          {showAll ? strings.showFewer : strings.showAll}
        </button>
      ) : null}
      {importError ? (
        <p className="attune-persona-error" role="alert">
          {strings.importFailed} {importError}
        </p>
      ) : null}
      <footer className="attune-persona-footer">
        {confirmingReset ? (
          <>
            <span className="attune-persona-confirm">{strings.resetConfirm}</span>
            <button
              type="button"
              className="attune-button attune-button-danger"
              onClick={() => {
                persona.reset();
                setConfirmingReset(false);
              }}
            >
              {strings.reset}
            </button>
            <button type="button" className="attune-button" onClick={() => setConfirmingReset(false)}>
              {strings.cancel}
            </button>
          </>
        ) : (
          <>
            <button type="button" className="attune-button" onClick={() => setConfirmingReset(true)}>
              {strings.reset}
            </button>
            <span className="attune-spacer" />
            <button
              type="button"
              className="attune-button"
              onClick={() => downloadJson(exportFileName, persona.toJSON())}
            >
              {strings.exportJson}
            </button>
            <button type="button" className="attune-button" onClick={() => fileInput.current?.click()}>
              {strings.importJson}
            </button>
            <input
              ref={fileInput}
              type="file"
              accept="application/json,.json"
              hidden
              aria-label={strings.importJson}
              onChange={onImport}
            />
          </>
        )}
      </footer>
      <LiveRegion message={notice} />
    </section>
  );
}

/**
 * What the persona has learned, in the user's hands: by default the style axes and topics in
 * plain words ("Short answers", "Travel"), or with `showAllDimensions` every dimension of the
 * space; each with lean and confidence, set and pin, plus reset, export and import as JSON,
 * and a plain-language summary.
 */
export const PersonaPanel = kitComponent<PersonaPanelProps>('PersonaPanel', 'attune-persona', Panel);
