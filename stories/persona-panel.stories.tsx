import type { Persona } from '@attune/core';
import { PersonaPanel } from '@attune/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { darkBackdrop, maxWidth } from './support/decorators';
import { personaWithLittleEvidence, personaWithMuchEvidence } from './support/story-session';

function LivePanel({ make, theme }: { make: () => Persona; theme?: 'light' | 'dark' }) {
  const [persona] = useState(make);
  return <PersonaPanel persona={persona} theme={theme} />;
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

/** Much evidence: clear leanings, two set by the user. */
export const MuchEvidence: Story = {};

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
