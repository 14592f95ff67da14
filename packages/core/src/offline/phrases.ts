/** A non-empty list of interchangeable phrasings. */
type Variants = readonly [string, ...string[]];

/** The stock phrases the offline model frames its answers with, by style. */
export const PHRASES = {
  /** Formal greetings (formality high). */
  formalGreeting: ['Good day.', 'Hello, and thank you for your question.', 'Thank you for contacting us.'],
  /** Casual greetings (formality low). */
  casualGreeting: ['Hey!', 'Hi there!', 'Hey there!'],
  /** Friendly openers (warmth high), in a formal register. */
  warmFormalOpener: [
    'I would be glad to help you with this.',
    'It is a pleasure to help you with this.',
    'I am happy to walk you through it.',
  ],
  /** Friendly openers (warmth high), in a neutral or casual register. */
  warmOpener: [
    'Happy to help with that!',
    "Great question, I'm glad you asked.",
    "Thanks for asking, let's sort it out.",
  ],
  /** Friendly closers (warmth high), in a formal register. */
  warmFormalCloser: [
    'Should you need anything further, I am always glad to help.',
    'Please do not hesitate to ask if anything remains unclear.',
  ],
  /** Friendly closers (warmth high), in a neutral or casual register. */
  warmCloser: [
    "Hope that helps, and just shout if there's anything else!",
    "If anything else comes up, I'm right here.",
    'Have a lovely day, and let me know how it goes!',
  ],
  /** Acknowledgements when the user sounds upset (empathy high). */
  empathyUpset: [
    "I'm really sorry about this, I know how frustrating it is when things go wrong.",
    "I'm sorry you've had this trouble, that sounds really annoying.",
    'That sounds stressful, and I am sorry you are dealing with it.',
  ],
  /** Acknowledgements otherwise (empathy high). */
  empathyCalm: [
    'I understand this can be a hassle, so let me make it as easy as possible.',
    "I know it's not fun to deal with this, so let's get it sorted together.",
    'I can see why you would want this cleared up quickly.',
  ],
  /** Light quips (humour high), one per reply, chosen by the question; about nothing of any one domain, since the knowledge base is the app's. */
  quip: [
    'Fewer steps than assembling a bookshelf, I promise.',
    'Quicker than finding the end of a roll of sticky tape.',
    'If only everything in life came with instructions this short.',
    'Think of it as flat-pack instructions, minus the spare screws.',
    'Easier than folding a fitted sheet, honestly.',
  ],
  /** Formal sign-offs (formality high), followed by the signature. */
  formalSignOff: ['Kind regards,', 'Yours sincerely,', 'With best regards,'],
  /** Lead-in to a list (structure high). */
  listLead: ['Here is what to know:', 'In short:', 'The key points:'],
  /** Connectors that turn a list of steps into prose (structure low). */
  stepConnectors: ['First,', 'Next,', 'Then,', 'After that,'],
  /** Lead-in to the technical passage (expertise high). */
  technicalLead: ['Technical details:', 'For reference, the exact settings:'],
  /** Lead-in to a related article (detail high). */
  relatedLead: ['Related article:', 'You may also find this useful:'],
} as const satisfies Record<string, Variants>;
