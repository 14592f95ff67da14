import { describe, expect, it } from 'vitest';
import { passesLuhn, scrubPii } from '../../../src/server/privacy';

describe('scrubPii', () => {
  const found: Array<[string, string, string]> = [
    ['an email', 'Mail jane.doe+help@mail.example.co.uk today', 'Mail [email] today'],
    ['an email in brackets', '<bob_smith@example.org>', '<[email]>'],
    ['a card with spaces (Visa test number)', 'My card is 4111 1111 1111 1111.', 'My card is [card].'],
    ['a card with dashes (Mastercard)', 'use 5500-0000-0000-0004 please', 'use [card] please'],
    ['an unbroken card (Amex)', 'amex 378282246310005', 'amex [card]'],
    ['a US phone with parentheses', 'Call (555) 123-4567 now', 'Call [phone] now'],
    ['a US phone with dashes', 'cell: 555-123-4567', 'cell: [phone]'],
    ['a US phone with dots', '555.123.4567', '[phone]'],
    ['an international phone', 'ring +44 20 7946 0958 or +1-555-123-4567', 'ring [phone] or [phone]'],
    ['an unbroken international phone', 'WhatsApp +4915112345678', 'WhatsApp [phone]'],
    ['a national phone with a trunk zero', 'office 020 7946 0958', 'office [phone]'],
    ['a street address', 'I live at 221B Baker Street, London', 'I live at [address], London'],
    [
      'an address with a unit',
      'Ship to 1600 Pennsylvania Ave NW, Suite 200 by Friday',
      'Ship to [address] by Friday',
    ],
    ['an address with an ordinal', 'meet at 350 5th Avenue', 'meet at [address]'],
    ['an address in lower-case street type', 'send it to 42 Wallaby way', 'send it to [address]'],
  ];
  for (const [label, input, expected] of found) {
    it(`replaces ${label}`, () => {
      expect(scrubPii(input)).toBe(expected);
    });
  }

  const lookAlikes: Array<[string, string]> = [
    ['an order number', 'Order #4111111111111112 shipped'],
    ['a dashed order number', 'Your order 1234-5678-9012-3456 is on its way'],
    ['an invoice number', 'Invoice INV-2024-004512'],
    ['a bare ten-digit account number', 'account 5551234567'],
    ['an ISO date', 'Due 2024-01-15, paid 2024/02/01'],
    ['a US date', 'born 01/15/1990'],
    ['a time range', 'open 09:00-17:30'],
    ['a version string', 'upgrade from 10.15.7 to 12.1.0 (build 21.6.0.1)'],
    ['a semver with pre-release', 'ai@7.0.173-beta.1'],
    ['an IP address', 'server 192.168.100.200'],
    ['prose with numbers and a street word', 'it took 10 minutes down the road'],
    ['a count followed by a street word', 'there are 3 lanes on this road'],
    ['a price', 'it costs $1,299.99'],
    ['a ticket reference', 'ticket 555-12'],
  ];
  for (const [label, input] of lookAlikes) {
    it(`leaves ${label} alone`, () => {
      expect(scrubPii(input)).toBe(input);
    });
  }

  it('scrubs every kind in one text and keeps the rest', () => {
    expect(scrubPii('Hi, I am Ann (ann@x.io, 555-867-5309), 12 Elm St. Order 2024-118.')).toBe(
      'Hi, I am Ann ([email], [phone]), [address] Order 2024-118.',
    );
  });

  it('is idempotent', () => {
    const once = scrubPii('ann@x.io 4111 1111 1111 1111 (555) 123-4567 10 Downing Street');
    expect(scrubPii(once)).toBe(once);
  });
});

describe('passesLuhn', () => {
  it('accepts valid card numbers and rejects changed digits', () => {
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('79927398713')).toBe(true);
    expect(passesLuhn('4111111111111112')).toBe(false);
    expect(passesLuhn('79927398710')).toBe(false);
  });

  it('rejects anything but digits', () => {
    expect(passesLuhn('')).toBe(false);
    expect(passesLuhn('4111-1111')).toBe(false);
  });
});
