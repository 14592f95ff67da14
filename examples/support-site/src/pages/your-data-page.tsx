import { useChatStore } from '@attune/core/react';
import { PersonaPanel } from '@attune/ui';
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { SiteAssistant } from '../assistant/create-site-assistant';
import type { PersonaAnswer } from '../assistant/persona-api';
import { Breadcrumbs } from '../components/breadcrumbs';
import { Icon } from '../components/icon';
import { SITE_RETENTION_DAYS } from '../data-retention';

/** What the page needs of the site's assistant. */
export type YourDataAssistant = Pick<
  SiteAssistant,
  'api' | 'panelPersona' | 'ready' | 'forget' | 'onStoredChange' | 'session'
>;

type Stored =
  | { state: 'loading' }
  | { state: 'loaded'; answer: PersonaAnswer }
  | { state: 'error'; message: string };

const signals = (count: number) => `${count} ${count === 1 ? 'signal' : 'signals'}`;

/**
 * What the server stores, set against what the preferences panel learned from. They differ when
 * this browser learned something the server does not hold: the visitor's messages before their
 * first rating, choice or setting (never stored), and a rating or choice not yet sent (it goes
 * with the next message); `waiting` of them wait in this browser for the next message.
 */
function StoredSummary({ stored, learned, waiting }: { stored: number; learned: number; waiting: number }) {
  const count = <strong data-testid="signal-count">{stored}</strong>;
  if (stored === 0 && learned === 0) {
    return waiting > 0 ? (
      <p>Nothing is stored on our server yet.</p>
    ) : (
      <p>Nothing yet. Chat with the assistant and your preferences will appear here.</p>
    );
  }
  if (stored === learned) {
    return (
      <p>
        Our server stores the {count} {stored === 1 ? 'signal' : 'signals'} your preferences were learned
        from.
      </p>
    );
  }
  if (stored < learned) {
    const why =
      'messages you send before your first rating, choice or setting are never stored, and a rating or choice is sent along with your next message.';
    return stored === 0 ? (
      <p>
        Nothing is stored on our server yet (<span data-testid="signal-count">0</span> signals). The{' '}
        {signals(learned)} your preferences were learned from {learned === 1 ? 'is' : 'are'} known to this
        browser only: {why}
      </p>
    ) : (
      <p>
        Our server stores {count} of the {signals(learned)} your preferences were learned from. The other{' '}
        {learned - stored} {learned - stored === 1 ? 'is' : 'are'} known to this browser only: {why}
      </p>
    );
  }
  return (
    <p>
      Our server stores {count} signals; this browser has seen {learned} of them (another tab or window taught
      the server more since this page loaded). Reload the page to see them all.
    </p>
  );
}

/** Feedback this browser keeps for the server: it is sent, and stored, with the next message. */
function WaitingNote({ waiting }: { waiting: number }) {
  if (waiting === 0) return null;
  return (
    <p>
      <strong data-testid="waiting-count">{waiting}</strong>{' '}
      {waiting === 1
        ? 'rating or choice is waiting in this browser: it goes to our server with your next message to the assistant, and is stored then.'
        : 'ratings or choices are waiting in this browser: they go to our server with your next message to the assistant, and are stored then.'}
    </p>
  );
}

/**
 * What personalisation knows about the visitor, in their own words (the chat's preferences
 * panel, the same rows and count), what the server stores, with download and forget-me. The
 * wording a model is given (personality and needs included) is never shown; it is in the export.
 */
export function YourDataPage({ assistant }: { assistant: YourDataAssistant }) {
  const [stored, setStored] = useState<Stored>({ state: 'loading' });
  const [forgotten, setForgotten] = useState<number | undefined>(undefined);
  const [confirming, setConfirming] = useState(false);
  const persona = assistant.panelPersona;
  const waiting = useChatStore((state) => state.waitingSignals.length, assistant.session);
  const learned = useSyncExternalStore(
    persona.subscribe,
    () => persona.signalCount,
    () => persona.signalCount,
  );

  useEffect(() => {
    let live = true;
    const read = () =>
      assistant.api
        .get()
        .then((answer) => live && setStored({ state: 'loaded', answer }))
        .catch((error: unknown) => live && setStored({ state: 'error', message: String(error) }));
    // Once the panel's persona holds what the server stored, so the two counts compare.
    void assistant.ready.then(read);
    const stop = assistant.onStoredChange(() => void read());
    return () => {
      live = false;
      stop();
    };
  }, [assistant]);

  const forget = async () => {
    setConfirming(false);
    try {
      const rows = await assistant.forget();
      setForgotten(rows.personas + rows.signals);
    } catch (error) {
      setStored({ state: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
  const showForgotten =
    forgotten !== undefined && stored.state === 'loaded' && stored.answer.persona === null && learned === 0;

  return (
    <div className="pw-container pw-page pw-page-narrow">
      <Breadcrumbs trail={[{ label: 'Your data' }]} />
      <h1>Personalised answers and your data</h1>
      <div className="pw-prose">
        <p>
          The assistant adapts its answers to you: how long they are, how formal, how technical, whether they
          use bullet points. It learns this from what you do in the chat: the messages you send, the replies
          you rate, and the reply you pick when it shows you two. Below is what it has learned, as it shows it
          under <strong>Preferences</strong> in the chat; you can change it here or there.
        </p>
        <p>
          We keep these preferences on our server under an anonymous id in a cookie, not your name. Email
          addresses, phone numbers, card numbers and street addresses are removed from what you write before
          anything is stored.
        </p>
        <p data-testid="retention">
          How long we keep it: each rating, choice or setting for {SITE_RETENTION_DAYS.signals} days after our
          server receives it; your preferences for {SITE_RETENTION_DAYS.preferences} days after the last time
          you taught the assistant something. Then they are deleted, with anything left that they were learned
          from. Forget me below deletes everything now.
        </p>
      </div>

      <section className="pw-data-card" aria-labelledby="stored-heading">
        <h2 id="stored-heading">
          <Icon name="shield" /> What we have stored
        </h2>
        <div role="status" className="pw-data-status">
          {stored.state === 'loading' ? <p>Checking…</p> : null}
          {stored.state === 'error' ? <p>We could not reach the server: {stored.message}</p> : null}
          {showForgotten ? (
            <p>
              <strong>Done.</strong> We deleted your preferences and everything they were learned from (
              {forgotten} {forgotten === 1 ? 'record' : 'records'}). Nothing about you is stored now.
            </p>
          ) : stored.state === 'loaded' ? (
            <>
              <StoredSummary stored={stored.answer.signalCount} learned={learned} waiting={waiting} />
              <WaitingNote waiting={waiting} />
            </>
          ) : null}
        </div>
        <div className="pw-data-actions">
          <a className="pw-button" href={assistant.api.exportUrl} download>
            <Icon name="download" size={18} /> Download my data
          </a>
          {confirming ? (
            <>
              <span className="pw-data-confirm">Delete everything and start afresh?</span>
              <button type="button" className="pw-button pw-button-danger" onClick={() => void forget()}>
                Yes, forget me
              </button>
              <button type="button" className="pw-button" onClick={() => setConfirming(false)}>
                Cancel
              </button>
            </>
          ) : (
            <button type="button" className="pw-button pw-button-danger" onClick={() => setConfirming(true)}>
              <Icon name="trash" size={18} /> Forget me
            </button>
          )}
        </div>
      </section>

      <PersonaPanel
        className="pw-data-preferences"
        persona={persona}
        waitingSignals={waiting}
        theme="light"
      />
    </div>
  );
}
