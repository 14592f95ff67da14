/** Questions a customer of the example support site asks, one per simulated turn (cycled). */
export const SUPPORT_QUESTIONS = [
  'How do I reset my password?',
  'When will I get my refund?',
  'Why was my payment declined?',
  'My delivery is late, what can I do?',
  'How do I return an item?',
  'How do I cancel Parcelwise Plus?',
  'My item arrived damaged.',
  'How do I set up two-step verification?',
  'Can I change or cancel my order?',
  'How do I download a VAT invoice?',
  'Why have I been charged twice?',
  'How do I care for a cast-iron pan?',
] as const;
