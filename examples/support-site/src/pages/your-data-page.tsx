import { useEffect, useState } from 'react';
import type { SiteAssistant } from '../assistant/create-site-assistant';
import type { PersonaAnswer } from '../assistant/persona-api';
import { Breadcrumbs } from '../components/breadcrumbs';
import { Icon } from '../components/icon';

type Status =
  | { state: 'loading' }
  | { state: 'loaded'; answer: PersonaAnswer }
  | { state: 'forgotten'; rows: number }
  | { state: 'error'; message: string };

/** What personalisation stores about the visitor, with download and forget-me. */
export function YourDataPage({ assistant }: { assistant: SiteAssistant }) {
  const [status, setStatus] = useState<Status>({ state: 'loading' });
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    let live = true;
    assistant.api
      .get()
      .then((answer) => live && setStatus({ state: 'loaded', answer }))
      .catch((error: unknown) => live && setStatus({ state: 'error', message: String(error) }));
    return () => {
      live = false;
    };
  }, [assistant]);

  const forget = async () => {
    setConfirming(false);
    try {
      const forgotten = await assistant.forget();
      setStatus({ state: 'forgotten', rows: forgotten.personas + forgotten.signals });
    } catch (error) {
      setStatus({ state: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div className="pw-container pw-page pw-page-narrow">
      <Breadcrumbs trail={[{ label: 'Your data' }]} />
      <h1>Personalised answers and your data</h1>
      <div className="pw-prose">
        <p>
          The assistant adapts its answers to you: how long they are, how formal, how technical, whether they
          use bullet points. It learns this from what you do in the chat: the messages you send, the replies
          you rate, and the reply you pick when it shows you two. You can see and change what it has learned
          under <strong>Preferences</strong> in the chat.
        </p>
        <p>
          We keep these preferences on our server under an anonymous id in a cookie, not your name. Email
          addresses, phone numbers, card numbers and street addresses are removed from what you write before
          anything is stored.
        </p>
      </div>

      <section className="pw-data-card" aria-labelledby="stored-heading">
        <h2 id="stored-heading">
          <Icon name="shield" /> What we have stored
        </h2>
        <div role="status" className="pw-data-status">
          {status.state === 'loading' ? <p>Checking…</p> : null}
          {status.state === 'error' ? <p>We could not reach the server: {status.message}</p> : null}
          {status.state === 'forgotten' ? (
            <p>
              <strong>Done.</strong> We deleted your preferences and everything they were learned from (
              {status.rows} {status.rows === 1 ? 'record' : 'records'}). Nothing about you is stored now.
            </p>
          ) : null}
          {status.state === 'loaded' && status.answer.persona === null ? (
            <p>Nothing yet. Chat with the assistant and your preferences will appear here.</p>
          ) : null}
          {status.state === 'loaded' && status.answer.persona !== null ? (
            <>
              <p>
                Preferences learned from{' '}
                <strong data-testid="signal-count">{status.answer.signalCount}</strong>{' '}
                {status.answer.signalCount === 1 ? 'signal' : 'signals'}.
              </p>
              <p className="pw-data-profile">
                {status.answer.profile === ''
                  ? 'No clear preferences yet.'
                  : `What the assistant thinks you prefer: ${status.answer.profile}.`}
              </p>
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
    </div>
  );
}
