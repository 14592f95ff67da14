import type { ConditioningReceipt, ShapingDimension } from '@attune/core';
import { WhyThisReply } from '@attune/ui';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

afterEach(cleanup);

const shapedBy: ShapingDimension[] = [
  { id: 'agreeableness', label: 'High Agreeableness', direction: 1, confidence: 0.82 },
  { id: 'affiliation', label: 'Strong need for Affiliation', direction: 1, confidence: 0.9, pinned: true },
  { id: 'communication_concise', label: 'Concise communication', direction: 1, confidence: 0.7 },
  { id: 'conscientiousness', label: 'High Conscientiousness', direction: 1, confidence: 0.64, pinned: true },
  { id: 'travel', label: 'Likes travel', direction: 1, confidence: 0.6 },
];

const receipt = (named: ShapingDimension[]): ConditioningReceipt => ({
  mode: 'pba',
  source: 'stored',
  shapedBy: named,
});

const labels = () => [...document.querySelectorAll('.attune-why-label')].map((label) => label.textContent);

describe('<WhyThisReply>', () => {
  it('by default names the style axes and topics in plain words, one row per axis, never personality', () => {
    render(<WhyThisReply conditioning={receipt(shapedBy)} defaultOpen />);
    // Affiliation (pinned) and agreeableness both measure warmth: one row, set by the user;
    // concise communication measures detail the other way round: short answers.
    expect(labels()).toEqual(['Short answers', 'Warm and friendlyset by you', 'Travel']);
    expect(screen.getByRole('img', { name: '90% sure' })).toBeTruthy();
    expect(screen.queryByText(/Agreeableness|Affiliation|Conscientiousness/)).toBeNull();
  });

  it('says the reply followed general preferences when only psychological dimensions shaped it', () => {
    render(<WhyThisReply conditioning={receipt([shapedBy[3] as ShapingDimension])} defaultOpen />);
    expect(
      screen.getByText('Shaped by what you seem to like in general, not by a style or topic you can set.'),
    ).toBeTruthy();
    expect(screen.queryByText(/Conscientiousness/)).toBeNull();
  });

  it('says nothing personal shaped the reply when nothing did', () => {
    render(<WhyThisReply conditioning={receipt([])} defaultOpen />);
    expect(screen.getByText('Nothing personal shaped this reply yet.')).toBeTruthy();
  });

  it('with showAllDimensions, lists every dimension with the space labels', () => {
    render(<WhyThisReply conditioning={receipt(shapedBy)} showAllDimensions defaultOpen />);
    expect(screen.getByText('High Agreeableness')).toBeTruthy();
    expect(screen.getByText('High Conscientiousness')).toBeTruthy();
    expect(labels()).toHaveLength(5);
  });

  it('reads the axes of an app-supplied space', () => {
    const space = {
      dimensions: [
        {
          id: 'brevity',
          positive: 'Brief',
          negative: 'Long',
          measures: [{ attribute: 'detail', weight: -1 }],
        },
      ],
    };
    render(
      <WhyThisReply
        conditioning={receipt([{ id: 'brevity', label: 'Long', direction: 0, confidence: 0.5 }])}
        space={space}
        defaultOpen
      />,
    );
    expect(labels()).toEqual(['Detailed answers']);
  });
});
