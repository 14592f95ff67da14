import { createPersona } from '@attune/core';
import { detectAttributes } from '@attune/core/detectors';
import { PersonaPanel } from '@attune/ui';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('<PersonaPanel>', { timeout: 30_000 }, () => {
  it('says plainly when nothing has been learned yet', () => {
    render(<PersonaPanel persona={createPersona()} />);
    expect(screen.getByText(/Nothing learned yet/)).toBeTruthy();
    expect(screen.getByText('Learned from 0 signals')).toBeTruthy();
  });

  it('says what the latest reply applied, as its receipt says, and nothing without one', () => {
    const persona = createPersona();
    persona.set('openness', 1, { pinned: true });
    const { rerender } = render(<PersonaPanel persona={persona} />);
    expect(screen.queryByText(/latest reply/)).toBeNull();
    rerender(<PersonaPanel persona={persona} lastReply={{ source: 'none' }} />);
    expect(screen.getByText('The latest reply was not personalized.')).toBeTruthy();
    rerender(<PersonaPanel persona={persona} lastReply={{ mode: 'pba', source: 'stored' }} />);
    expect(screen.getByText('The latest reply used the preferences saved with your account.')).toBeTruthy();
  });

  it('with showAllDimensions, shows a dimension the user set, summarises it, and follows later changes', () => {
    const persona = createPersona();
    render(<PersonaPanel persona={persona} showAllDimensions />);
    act(() => persona.set('conscientiousness', 1, { pinned: true }));
    const label = persona.directions().find((d) => d.id === 'conscientiousness')?.label ?? '';
    expect(label).not.toBe('');
    expect(screen.getByText(`You seem to prefer: ${label}.`)).toBeTruthy();
    const row = screen.getByText(label, { selector: '.attune-persona-label' }).closest('li') as HTMLElement;
    expect(within(row).getByText('set by you')).toBeTruthy();
    expect(within(row).getByRole('button', { name: 'More' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('edits, unpins and resets the persona from its controls', async () => {
    const persona = createPersona();
    persona.set('openness', 1, { pinned: true });
    render(<PersonaPanel persona={persona} showAllDimensions />);
    const row = () => screen.getAllByRole('listitem')[0] as HTMLElement;

    await userEvent.click(within(row()).getByRole('button', { name: 'Less' }));
    expect(persona.directions().find((d) => d.id === 'openness')).toMatchObject({
      direction: 0,
      pinned: true,
    });

    await userEvent.click(within(row()).getByRole('button', { name: /^Unpin/ }));
    expect(persona.directions().find((d) => d.id === 'openness')?.pinned).toBe(false);

    await userEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(screen.getByText('Forget everything learned?')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await userEvent.click(screen.getByRole('button', { name: 'Reset' }));
    await userEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(persona.directions().every((d) => d.direction === 0.5 && !d.pinned)).toBe(true);
  });

  it('shows a topic once the persona leans on it, not for a passing mention', () => {
    const persona = createPersona({ detect: detectAttributes });
    persona.observe({ kind: 'user-text', text: 'The vase came smashed, I took photos of the box.', at: 1 });
    const photography = persona.directions().find((d) => d.id === 'photography');
    expect(photography?.evidence).toBeGreaterThan(0);
    expect(photography?.direction).toBe(0.5);
    render(<PersonaPanel persona={persona} />);
    expect(screen.queryByText('Photography')).toBeNull();
    act(() => persona.set('photography', 1, { pinned: true }));
    expect(screen.getAllByText('Photography').length).toBeGreaterThan(0);
  });

  it('by default shows the style axes in plain words and learned topics, never personality', async () => {
    const persona = createPersona();
    persona.set('agreeableness', 1, { pinned: true });
    persona.set('affiliation', 1, { pinned: true });
    persona.set('conscientiousness', 1, { pinned: true });
    persona.set('travel', 1, { pinned: true });
    render(<PersonaPanel persona={persona} />);
    const labels = () =>
      screen.getAllByRole('listitem').map((row) => row.querySelector('.attune-persona-label')?.textContent);
    expect(labels()).toEqual([
      'Warm and friendly',
      'Travel',
      'Answer length',
      'Layout',
      'Technical level',
      'Tone',
      'Understanding',
      'Humour',
    ]);
    const text = document.body.textContent ?? '';
    expect(text).not.toMatch(/Agreeableness|Affiliation|Conscientiousness|Neuroticism|Likes travel/);
    expect(screen.getByText('You seem to prefer: Warm and friendly and Travel.')).toBeTruthy();

    const length = screen.getByText('Answer length').closest('li') as HTMLElement;
    await userEvent.click(within(length).getByRole('button', { name: 'Less' }));
    expect(persona.directions().find((d) => d.id === 'communication_concise')).toMatchObject({
      direction: 1,
      pinned: true,
    });
    expect(screen.getAllByText('Short answers').length).toBeGreaterThan(0);
    const short = screen
      .getByText('Short answers', { selector: '.attune-persona-label' })
      .closest('li') as HTMLElement;
    await userEvent.click(within(short).getByRole('button', { name: /^Unpin/ }));
    expect(persona.directions().find((d) => d.id === 'communication_concise')?.pinned).toBe(false);
  });

  it('exports the persona as JSON', async () => {
    const persona = createPersona();
    persona.set('openness', 1, { pinned: true });
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:persona';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(<PersonaPanel persona={persona} />);
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect(blobs).toHaveLength(1);
    expect(JSON.parse(await (blobs[0] as Blob).text())).toEqual(JSON.parse(JSON.stringify(persona.toJSON())));
  });

  it('imports a persona from JSON, and on bad input shows the error and keeps the current state', async () => {
    const source = createPersona();
    source.set('extraversion', 0, { pinned: true });
    const persona = createPersona();
    persona.set('openness', 1, { pinned: true });
    render(<PersonaPanel persona={persona} />);
    const input = screen.getByLabelText('Import', { selector: 'input' });

    await userEvent.upload(
      input,
      new File(['{"not":"a persona"}'], 'bad.json', { type: 'application/json' }),
    );
    await screen.findByRole('alert');
    expect(screen.getByRole('alert').textContent).toMatch(/^Could not import:/);
    expect(persona.directions().find((d) => d.id === 'openness')?.pinned).toBe(true);

    await userEvent.upload(
      input,
      new File([JSON.stringify(source.toJSON())], 'good.json', { type: 'application/json' }),
    );
    await waitFor(() => expect(persona.directions().find((d) => d.id === 'extraversion')?.pinned).toBe(true));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Preferences imported.');
  });
});
