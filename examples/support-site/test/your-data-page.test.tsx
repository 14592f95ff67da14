import {
  createChatSession,
  createMemoryStorage,
  createPersona,
  createPersonalization,
  type Signal,
} from '@attune/core';
import { PersonaPanel } from '@attune/ui';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { notifyingPersonaApi, type PersonaAnswer, type PersonaApi } from '../src/assistant/persona-api';
import { syncedPanelPersona } from '../src/assistant/synced-panel-persona';
import { type YourDataAssistant, YourDataPage } from '../src/pages/your-data-page';

/** Wording of the preference space a shopper must never be shown as their preferences. */
const PSYCHOLOGY =
  /need for|Indifferent to|Agreeableness|Neuroticism|Extraversion|Openness|Conscientiousness/;

const at = Date.now();
const said = (text: string): Signal => ({ kind: 'user-text', text, at });
const choice: Signal = {
  kind: 'comparison',
  prompt: 'How long do refunds take?',
  chosen: 'Five working days.',
  rejected:
    'Refunds usually take five working days after we receive the parcel. We check the item first, then send the money back to the card you paid with; your bank may take a few more days to show it.',
  chosenStyle: { detail: -1 },
  rejectedStyle: { detail: 1 },
  at,
};

/**
 * The help-centre server as the page sees it: a persona that learns what the chat handler and the
 * persona endpoints would record, and answers with its model-facing `profile` too.
 */
function fakeServer() {
  const learner = createPersonalization({ persona: createPersona() });
  let stored = false;
  const answer = (): PersonaAnswer => {
    const body = {
      persona: stored ? { state: learner.persona.toJSON() } : null,
      profile: learner.persona.profile(),
      signalCount: stored ? learner.persona.signalCount : 0,
    };
    return body;
  };
  const api: PersonaApi = {
    get: async () => answer(),
    postSignals: async (signals) => {
      for (const signal of signals) learner.persona.observe(signal);
      stored = true;
      return answer();
    },
    replace: async (state) => {
      learner.persona.load(state);
      stored = true;
      return answer();
    },
    forget: async () => {
      learner.persona.reset();
      stored = false;
      return { personas: 1, signals: 3 };
    },
    exportUrl: '/api/persona/export',
  };
  /** A chat request: the handler learns the message (and its style requests) and the carried signals. */
  const chatTurn = (signals: readonly Signal[]) => {
    for (const signal of signals) learner.observe(signal);
    stored = true;
  };
  return { api, chatTurn, persona: learner.persona, ready: () => learner.ready() };
}

/**
 * The site's assistant wiring (`createSiteAssistant`) over the fake server, with a chat session
 * restored from a save holding `waiting` (feedback not sent yet; nothing listens on port 1).
 */
async function visitor(waiting: readonly Signal[] = []) {
  const server = fakeServer();
  const browser = createPersonalization({ persona: createPersona() });
  const storage = createMemoryStorage();
  await storage.save('help', { version: 1, messages: [], signals: [...waiting] });
  const session = createChatSession({ id: 'help', api: 'http://127.0.0.1:1/api/chat', storage });
  await Promise.all([server.ready(), browser.ready(), session.ready]);
  const listeners = new Set<() => void>();
  const api = notifyingPersonaApi(server.api, () => {
    for (const listener of listeners) listener();
  });
  const assistant: YourDataAssistant = {
    api,
    session,
    panelPersona: syncedPanelPersona(browser.persona, api, (error) => {
      throw error;
    }),
    ready: Promise.resolve(),
    async forget() {
      const forgotten = await api.forget();
      browser.reset();
      await session.resetPersona();
      return forgotten;
    },
    onStoredChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const storedChanged = () => {
    for (const listener of listeners) listener();
  };
  return { server, browser, assistant, storedChanged };
}

/** The texts of the preference rows of a panel. */
const rowLabels = (panel: HTMLElement) =>
  [...panel.querySelectorAll('.attune-persona-label')].map((label) => label.textContent);

/** What the page says the server stores. */
const storedStatus = () => document.querySelector('.pw-data-status')?.textContent;

afterEach(cleanup);

describe('the Your data page', { timeout: 30_000 }, () => {
  it('shows the preferences in the visitor’s words, as the chat’s panel does, never the model’s profile', async () => {
    const { server, browser, assistant, storedChanged } = await visitor();
    // Learned by both: a "tl;dr" asked in the chat, and needs the estimator read from the visitor.
    const tldr = said('tl;dr please: how long do refunds take?');
    browser.observe(tldr);
    server.chatTurn([tldr]);
    for (const persona of [browser.persona, server.persona]) {
      persona.set('succorance', 1, { pinned: true });
      persona.set('agreeableness', 1, { pinned: true });
    }
    // The server's profile is written for a model, in the space's own words.
    expect((await server.api.get()) as unknown as { profile: string }).toMatchObject({
      profile: expect.stringMatching(PSYCHOLOGY),
    });

    const page = render(<YourDataPage assistant={assistant} />);
    await screen.findByTestId('signal-count');
    expect(page.container.textContent).not.toMatch(PSYCHOLOGY);
    expect(page.container.textContent).not.toMatch(/thinks you prefer/);
    const panel = page.container.querySelector('.attune-persona') as HTMLElement;
    expect(within(panel).getByRole('heading', { name: 'Your preferences' })).toBeTruthy();
    expect(rowLabels(panel)).toContain('Short answers');
    expect(within(panel).getByText(/You seem to prefer: .*Short answers/)).toBeTruthy();

    // A chosen comparison moves the same rows on the page, as it does in the chat's panel.
    act(() => browser.observe(choice));
    server.chatTurn([choice, said('and for a card payment?')]);
    act(() => browser.observe(said('and for a card payment?')));
    act(storedChanged);
    const chat = render(<PersonaPanel persona={assistant.panelPersona} theme="light" />);
    const chatPanel = chat.container.querySelector('.attune-persona') as HTMLElement;
    expect(rowLabels(panel)).toEqual(rowLabels(chatPanel));
    expect(within(panel).getByText(/^Learned from/).textContent).toBe(
      within(chatPanel).getByText(/^Learned from/).textContent,
    );
    expect(page.container.textContent).not.toMatch(PSYCHOLOGY);
    await waitFor(() =>
      expect(storedStatus()).toBe(
        `Our server stores the ${browser.persona.signalCount} signals your preferences were learned from.`,
      ),
    );
  });

  it('says which signals this browser learned that the server does not store, and follows edits', async () => {
    const { server, browser, assistant } = await visitor();
    // The first question, before any rating: learned in the browser, never stored.
    browser.observe(said('How do I return an item?'));
    // A rating, sent with the next question: the server stores both.
    const rating: Signal = { kind: 'rating', rating: 'up', text: 'Use a drop-off point.', at };
    const next = said('How long does a refund take?');
    browser.observe(rating);
    browser.observe(next);
    server.chatTurn([rating, next]);
    // A choice not sent yet: it goes with the next question.
    browser.observe(choice);
    expect(browser.persona.signalCount).toBe(4);
    expect(server.persona.signalCount).toBe(2);

    render(<YourDataPage assistant={assistant} />);
    await screen.findByTestId('signal-count');
    expect(screen.getByText('Learned from 4 signals')).toBeTruthy();
    expect(storedStatus()).toMatch(
      /^Our server stores 2 of the 4 signals your preferences were learned from\. The other 2 are known to this browser only: messages you send before your first rating, choice or setting are never stored, and a rating or choice is sent along with your next message\.$/,
    );

    // A setting made on the page is stored at once: the stored count follows once the server answers.
    const detail = screen.getByText('Short answers', { selector: '.attune-persona-label' }).closest('li');
    await userEvent.click(within(detail as HTMLElement).getByRole('button', { name: 'More' }));
    const settings = browser.persona.signalCount - 4;
    expect(settings).toBeGreaterThan(0);
    await waitFor(() => expect(screen.getByTestId('signal-count').textContent).toBe(String(2 + settings)));
    expect(screen.getByText(`Learned from ${4 + settings} signals`)).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Forget me' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, forget me' }));
    await screen.findByText(/We deleted your preferences/);
    expect(screen.getByText('Learned from 0 signals')).toBeTruthy();
  });

  it('counts a rating waiting in the saved session and says it goes with the next message', async () => {
    const rating: Signal = { kind: 'rating', rating: 'up', text: 'Use a drop-off point.', at };
    const next = said('How long does a refund take?');
    // An earlier visit: a question and a rating stored; then a rating given just before leaving.
    const { server, browser, assistant } = await visitor([rating]);
    server.chatTurn([rating, next]);
    for (const signal of [rating, next]) browser.observe(signal);

    render(<YourDataPage assistant={assistant} />);
    await screen.findByTestId('waiting-count');
    expect(storedStatus()).toBe(
      'Our server stores the 2 signals your preferences were learned from.' +
        '1 rating or choice is waiting in this browser: it goes to our server with your next message to the assistant, and is stored then.',
    );
    expect(screen.getByText('1 piece of feedback waits to be sent with your next message.')).toBeTruthy();
    expect(screen.getByTestId('retention').textContent).toMatch(
      /for 90 days after our server receives it; your preferences for 365 days after the last time/,
    );

    // Forget me drops it too: nothing waits any more.
    await userEvent.click(screen.getByRole('button', { name: 'Forget me' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, forget me' }));
    await screen.findByText(/We deleted your preferences/);
    expect(screen.queryByTestId('waiting-count')).toBeNull();
    expect(screen.queryByText(/waits to be sent/)).toBeNull();
  });

  it('reads what is stored once the panel holds the server’s persona, and says when nothing is stored yet', async () => {
    const { browser, assistant } = await visitor();
    let loaded: () => void = () => {};
    const ready = new Promise<void>((resolve) => {
      loaded = resolve;
    });
    render(<YourDataPage assistant={{ ...assistant, ready }} />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(storedStatus()).toBe('Checking…');

    // The first question, before any rating: learned here, never stored.
    act(() => browser.observe(said('How do I return an item?')));
    act(loaded);
    await screen.findByTestId('signal-count');
    expect(storedStatus()).toBe(
      'Nothing is stored on our server yet (0 signals). The 1 signal your preferences were learned from is known to this browser only: messages you send before your first rating, choice or setting are never stored, and a rating or choice is sent along with your next message.',
    );
  });
});
