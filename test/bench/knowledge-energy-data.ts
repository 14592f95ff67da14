// A fifth set for the knowledge-base evaluation, written on 2026-11-29 at the end of the third
// round, after every change, and measured once without tuning: a third domain's knowledge base
// (an energy supplier's help centre) with its questions and off-topic ones. It says what to expect
// on somebody else's articles that no table here was written for.
import type { KnowledgeDocument } from '@attune/core/offline';
import { type AnsweredQuestion, answeredBy } from './knowledge-data';

/** The help centre of Lumen Energy, an electricity and gas supplier. */
export const energyDocuments: readonly KnowledgeDocument[] = [
  {
    id: 'meter-readings',
    title: 'Submitting a meter reading',
    tags: ['meter', 'reading', 'estimate'],
    body: `Send us a reading in the app or your online account under Meters. Read the numbers from left to right and ignore any in red.

If we do not have a reading, your bill is based on an estimate. A reading within 5 days of your bill date makes it accurate.`,
  },
  {
    id: 'paying-your-bill',
    title: 'Paying your bill and Direct Debit',
    tags: ['bill', 'direct debit', 'payment'],
    body: `Most customers pay by monthly Direct Debit. You can change the amount or the date it is taken in your account under Payments.

You can also pay by card in the app. If you are struggling to pay, contact us: we can set up a payment plan.`,
  },
  {
    id: 'moving-home',
    title: 'Moving home',
    tags: ['moving', 'new address', 'final bill'],
    body: `Tell us at least 2 days before you move. On the day, take meter readings at your old home so we can send your final bill.

At your new home you can stay with us; we move your account to the new address.`,
  },
  {
    id: 'tariffs',
    title: 'Changing your tariff',
    tags: ['tariff', 'fixed', 'variable', 'price'],
    body: `Our fixed tariffs keep your unit rates the same for 12 or 24 months; the variable tariff follows the price cap. You can switch tariff in your account at any time.

Leaving a fixed tariff early costs an exit fee of £50 per fuel, except in the last 49 days.`,
  },
  {
    id: 'power-cut',
    title: 'What to do in a power cut',
    tags: ['power cut', 'outage', 'emergency'],
    body: `A power cut is handled by your local network operator, not by us. Call 105 from any phone to report it or get updates.

If you smell gas, leave the property and call the gas emergency number 0800 111 999 straight away.`,
  },
  {
    id: 'smart-meters',
    title: 'Getting a smart meter',
    tags: ['smart meter', 'installation', 'in-home display'],
    body: `Smart meters send us readings automatically, so you never need to submit one. Installation is free and takes about 2 hours; book an appointment in the app.

You get an in-home display that shows what you use in pounds and pence.`,
  },
  {
    id: 'credit-refunds',
    title: 'Getting money back from your account',
    tags: ['credit', 'refund', 'balance'],
    body: `If your account is in credit, you can ask for the balance to be refunded in the app under Payments. We pay it to your bank within 10 working days.

We review your Direct Debit every 6 months and may lower it if you keep building up credit.`,
  },
];

/** Questions for the Lumen Energy base, each with the document ids that answer it. */
export const energyQuestions: readonly AnsweredQuestion[] = answeredBy([
  ['how do I give you my meter numbers', 'meter-readings'],
  ['my bill looks way too high, is it estimated?', 'meter-readings'],
  ['can I change the date my payment comes out', 'paying-your-bill'],
  ["I can't afford my bill this month", 'paying-your-bill'],
  ["we're moving house next week, what do I need to do", 'moving-home'],
  ['how much does it cost to leave my fixed deal early', 'tariffs'],
  ['is there a cheaper tariff', 'tariffs'],
  ['the electricity has gone off in my whole street', 'power-cut'],
  ['I think I can smell gas', 'power-cut'],
  ['can I have a smart meter fitted', 'smart-meters'],
  ['how long does a smart meter installation take', 'smart-meters'],
  ['I have £200 in credit, can I get it back', 'credit-refunds'],
  ['why is my direct debit so high when I am in credit', 'credit-refunds', 'paying-your-bill'],
  ['do I still need to send readings with a smart meter', 'smart-meters'],
]);

/** Questions the Lumen Energy base does not answer. */
export const energyOffTopicQuestions: readonly string[] = [
  'how do I bleed a radiator',
  'what is the best broadband deal',
  'can you recommend an electrician',
  'how do I change my car insurance',
  'who won the election',
];
