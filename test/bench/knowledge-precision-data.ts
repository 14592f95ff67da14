// A measure set for declining off-topic questions (issue 16, seventh round), written on 2026-11-29
// before the round's changes: off-topic questions for the site (half general, half in the shop's
// own words but answered by no article), off-topic questions for two other-domain bases (the app's
// help centre and the energy supplier), and new answerable site questions phrased like customers,
// to watch that declining more does not lose answers.
import { type AnsweredQuestion, answeredBy } from './knowledge-data';

/** General questions the help centre does not answer, some sharing one of its words. */
export const precisionGeneralOffTopic: readonly string[] = [
  'how do I write a SQL query that counts orders per customer',
  'does Amazon Prime do next-day delivery',
  'how do I fix a merge conflict in git',
  "what's the wifi password at Starbucks",
  'order me a taxi to the airport',
  'how much is a rental car in Spain',
  "what's a good recipe for banana bread",
  'can you recommend a dentist near me',
  "what's the capital of Australia",
  'how do I change a flat tyre on my car',
  'book me a table for two tonight',
  'how many calories are in an avocado',
  'is it going to rain tomorrow in Leeds',
  'how do I delete my Instagram account',
  'how do I send money to a friend with Monzo',
  'what are the symptoms of flu',
  'translate thank you into Japanese',
  'how do I apply for a mortgage',
  'when does the next train to Manchester leave',
  'how do I track my Royal Mail parcel from eBay',
];

/** Questions in the shop's own words that no article answers. */
export const precisionShopOffTopic: readonly string[] = [
  'are you hiring at your warehouse',
  'can I sell my own ceramics on Parcelwise',
  'do you have a shop I can visit in London',
  'do your candles contain soy wax',
  'can I order a sample of the curtain fabric',
  'what thread count are your cotton sheets',
  'do you price match other shops',
  'is your packaging plastic free',
  'how do I leave a review for the lamp I bought',
  'do you have a student discount',
  'do you offer an affiliate programme for bloggers',
  "what's the weight limit of your bunk beds",
  'can I reserve a sofa to see it first',
  'how do I become a Parcelwise delivery driver',
  'is the oak dining table made from sustainable wood',
  'when is your Black Friday sale',
  'will you take my old mattress away when I buy a new one',
  'do you have a wedding gift list',
  'can I change the language of the app to French',
  'will you restock the green velvet armchair',
];

/** Answerable site questions phrased like customers, each with the article slugs that answer it. */
export const precisionSiteQuestions: readonly AnsweredQuestion[] = answeredBy([
  ['been charged two times for the same order??', 'charged-twice'],
  ['the tracking hasnt moved since tuesday', 'delivery-is-late', 'track-your-order'],
  ['courier says left with neighbour but they dont have it', 'delivered-but-not-received'],
  ['my mug arrived chipped', 'item-arrived-damaged'],
  ['can I swap the duvet cover for a king size', 'exchange-an-item'],
  ['how long have I got to send something back', 'return-an-item'],
  ['when does my plus membership renew', 'plus-billing'],
  ['the kettle stopped working after 3 months', 'warranty-claim'],
  ['my cast iron pan has gone rusty', 'care-cast-iron'],
  ['will my linen sheets shrink in the wash', 'care-linen-bedding'],
  ['stop sending me marketing emails', 'marketing-and-cookies'],
  ['I need an invoice with my company name on it', 'business-invoice-details'],
  ['can I split the payment with klarna', 'pay-with-klarna'],
  ['the app keeps crashing when I open it', 'app-crashes-or-will-not-load'],
  ["I'm not getting any notifications about my delivery", 'app-notifications'],
  ['I typed the wrong address on my order', 'change-or-cancel-order'],
  ['one of the items in my order never came', 'missing-items'],
  ['how do I close my account and delete my data', 'download-or-delete-your-data'],
  ['do you deliver to ireland', 'delivery-areas'],
  ['can I return a candle I lit once', 'non-returnable-items'],
]);

/** Questions the app's help centre (`appDocuments`) does not answer, some in its own words. */
export const precisionAppOffTopic: readonly string[] = [
  'how do I fix a merge conflict in git',
  'how do I export my photos from iCloud',
  'what is the keyboard shortcut to take a screenshot on a Mac',
  'how do I invite people to my birthday party',
  'can you reset my Gmail password',
  'how do I sync my Fitbit with my phone',
  'what does a project manager earn',
  'how do I delete a Facebook group',
  'write a SQL query that counts tasks per user',
  'how do I make a Gantt chart in Excel',
];

/** Questions the energy supplier (`energyDocuments`) does not answer, some in its own words. */
export const precisionEnergyOffTopic: readonly string[] = [
  'how do I read a parking meter',
  'my car battery is flat',
  'how do I pay my water bill',
  'what is the speed of light',
  'how do I move a piano up the stairs',
  'is solar power worth it for a flat',
  'how do I change a light bulb',
  'can I get a refund on my gym membership',
  'what does a smart watch do',
  'who is the cheapest mobile phone tariff',
];
