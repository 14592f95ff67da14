import type { ConditioningReceipt, Persona } from '@attune/core';
import { PersonaPanel } from '@attune/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { darkBackdrop, maxWidth } from './support/decorators';
import { personaWithLittleEvidence, personaWithMuchEvidence } from './support/story-session';

function LivePanel({
  make,
  theme,
  showAllDimensions,
  lastReply,
  waitingSignals,
}: {
  make: () => Persona;
  theme?: 'light' | 'dark';
  showAllDimensions?: boolean;
  lastReply?: ConditioningReceipt;
  waitingSignals?: number;
}) {
  const [persona] = useState(make);
  return (
    <PersonaPanel
      persona={persona}
      theme={theme}
      showAllDimensions={showAllDimensions}
      lastReply={lastReply}
      waitingSignals={waitingSignals}
    />
  );
}

const meta = {
  title: 'Components/PersonaPanel',
  component: LivePanel,
  args: { make: personaWithMuchEvidence },
  decorators: [maxWidth(420)],
} satisfies Meta<typeof LivePanel>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Little evidence: little to show yet. */
export const LittleEvidence: Story = { args: { make: personaWithLittleEvidence } };

/**
 * Much evidence, in the user's words: the style axes ("Short answers", "Warm and friendly") and
 * topics; the personality dimensions behind them are not shown.
 */
export const MuchEvidence: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByText('Short answers').length).toBeGreaterThan(0);
    await expect(canvasElement).not.toHaveTextContent(
      /Agreeableness|Conscientiousness|Affiliation|investment/i,
    );
  },
};

/** The app opted in (`showAllDimensions`): every dimension of the preference space, with its own labels. */
export const AllDimensions: Story = {
  args: { showAllDimensions: true },
  play: async ({ canvasElement }) => {
    await expect(canvasElement).toHaveTextContent(/Conscientiousness/);
  },
};

/** The latest reply's receipt says the server applied nothing: the panel says so. */
export const LatestReplyNotPersonalized: Story = {
  args: { lastReply: { source: 'none' } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('The latest reply was not personalized.')).toBeVisible();
  },
};

/** Feedback given before a reload waits for the next message: the panel counts it. */
export const FeedbackWaiting: Story = {
  args: { waitingSignals: 2 },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByText('2 pieces of feedback wait to be sent with your next message.'),
    ).toBeVisible();
  },
};

/** Set a dimension, pin and unpin it, reset with confirmation. */
export const EditPinReset: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const group = canvas.getAllByRole('group')[0];
    if (!group) throw new Error('no dimension rows');
    await userEvent.click(within(group).getByRole('button', { name: 'Less' }));
    await waitFor(() => expect(canvas.getAllByText('set by you').length).toBeGreaterThan(0));
    await userEvent.click(canvas.getByRole('button', { name: 'Reset' }));
    await expect(canvas.getByText('Forget everything learned?')).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Reset' }));
    await expect(await canvas.findByText(/Nothing learned yet/)).toBeInTheDocument();
  },
};

/** Dark theme. */
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [darkBackdrop],
};
