import type { Comparison } from '@attune/core';
import { CompareReplies, type ComparisonChoice } from '@attune/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { maxWidth } from './support/decorators';

const refundTiming = {
  type: 'source-url',
  sourceId: 'refund-timing',
  url: '/articles/refund-timing',
  title: 'How long refunds take',
} as const;

/** Each candidate cites the articles it drew on, as a reply does. */
const pending: Comparison = {
  id: 'cmp-story',
  candidates: [
    {
      text: 'Refunds reach your account **3–5 working days** after we receive the return.',
      sources: [refundTiming],
    },
    {
      text: 'Thanks for asking! Once your return arrives, we check it within a day.\n\n- Card: 3–5 working days\n- PayPal: usually within 24 hours\n\nWe email you as soon as it is on its way.',
      sources: [
        refundTiming,
        { type: 'source-document', sourceId: 'paypal', mediaType: 'text/plain', title: 'Paying with PayPal' },
      ],
    },
  ],
};

function Stateful({ comparison }: { comparison: Comparison }) {
  const [chosen, setChosen] = useState<ComparisonChoice | undefined>(comparison.chosen);
  return <CompareReplies comparison={{ ...comparison, chosen }} onChoose={setChosen} />;
}

const meta = {
  title: 'Components/CompareReplies',
  component: Stateful,
  args: { comparison: pending },
  decorators: [maxWidth(760)],
} satisfies Meta<typeof Stateful>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Waiting for a choice: side by side, each with its sources ("From: …"). */
export const Pending: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const lists = canvas.getAllByRole('list', { name: 'Sources of this reply' });
    await expect(lists).toHaveLength(2);
    await expect(canvas.getAllByRole('link', { name: 'How long refunds take' })).toHaveLength(2);
  },
};

/** Chosen by keyboard: arrows move between the choices, Enter picks. */
export const ChooseByKeyboard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    canvas.getByRole('button', { name: 'Prefer this: Reply A' }).focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await expect(canvas.getByRole('button', { name: 'No preference' })).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}{Enter}');
    await expect(canvas.getByRole('button', { name: 'Prefer this: Reply B' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(canvas.getByText('Thanks, noted.')).toBeInTheDocument();
  },
};

/** 'No preference' by click. */
export const NoPreference: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'No preference' }));
    await expect(canvas.getByRole('button', { name: 'No preference' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  },
};

/** Decided: the chosen reply is marked. */
export const Decided: Story = { args: { comparison: { ...pending, chosen: 0 } } };

/** Narrow: the candidates stack. */
export const Narrow: Story = {
  decorators: [maxWidth(340)],
};
