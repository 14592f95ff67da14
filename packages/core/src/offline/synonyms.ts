/**
 * Everyday phrasings of the same thing, for the offline model's retrieval: customers say
 * "send back" where an article says "return", "smashed" where it says "damaged". A compact
 * table (a few KB) kept in the bundle, because general thesaurus packages weigh megabytes
 * and would run in the browser too. Apps add their own with the `synonyms` option.
 *
 * Phrases are rewritten to one word in documents and questions alike; each group of
 * words lets a question word match any word of its group.
 */

/** Multi-word phrasings rewritten to one word before tokenizing (documents and questions). */
export const PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  // Contractions typed without the apostrophe ("hasnt", "didnt") read as written with it.
  [/\b(do|does|did|has|have|had|is|are|was|were|could|would|should)nt\b/gi, "$1n't"],
  // When something happened says nothing about what the question is about.
  [
    /\b(?:\d+|an?|one|two|three|four|five|six|few|couple\s+of)\s+(?:days?|weeks?|months?|years?)\s+ago\b|\b(?:last|this|next)\s+(?:week|month|year)\b/gi,
    ' ',
  ],
  // A negated ability ("can I not", "can't") asks about exceptions: one word, so it can match them.
  [/\bcan(?:\s+(?:i|we|you|they|it))?\s+not\b|\bcan'?t\b|\bcannot\b/gi, 'cannot'],
  [
    /\b(?:send|sending|sent|give|bring|take|post|ship)(?:\s+(?:it|this|that|them|these|those|the\s+\w+|an?\s+\w+|my\s+\w+))?\s+back\b/gi,
    'return',
  ],
  [/\bmoney\s+back\b/gi, 'refund'],
  [
    /\bwhat\s+(?:do|does|will|would)\s+(?:i|you|we|one|members?)\s+get\s+(?:with|from|for|in)\b|\bwhat(?:'s|\s+is)\s+included\b|\bwhat\s+comes\s+with\b/gi,
    'include',
  ],
  [/\byour\s+(?:phone|telephone)(?:\s+number)?\b/gi, 'contact phone'],
  [/\bwhere(?:'s|\s+is|\s+are)\s+my\b/gi, 'track my'],
  [/\bhow\s+much\b/gi, 'cost'],
  [/\bhow\s+(?:long|soon|quickly|fast)\b/gi, 'duration'],
  [/\b(?:log|logging|sign|signing)\s+(?:in|into|on)\b/gi, 'login'],
  [/\b(?:log|logging|sign|signing)\s+(?:out|off)\b/gi, 'logout'],
  [/\b(?:two|2)[\s-]*(?:factor|step)\b/gi, 'twostep'],
  [/\b2fa\b|\bmfa\b/gi, 'twostep'],
  [/\bphone\s+number\b|\bcall\s+(?:you|someone|somebody)\b|\btelephone\b|\bring\s+you\b/gi, 'phone'],
  [/\b(?:real|actual|live)\s+(?:person|human|agent)\b|\bspeak\s+to\b|\btalk\s+to\b/gi, 'contact'],
  [/\bopening\s+(?:hours|times)\b|\bwhen\s+are\s+you\s+open\b/gi, 'hours'],
  [/\bopt(?:ing)?\s+out\b|\bstop\s+(?:sending|emailing|texting|messaging)\b/gi, 'unsubscribe'],
  [/\bpay\s+later\b|\bpay\s+monthly\b/gi, 'instalment'],
  [/\bnext[\s-]+day\b/gi, 'nextday'],
  [/\bstopped\s+working\b|\bdoesn'?t\s+work\s+any\s*more\b|\bno\s+longer\s+works\b/gi, 'faulty'],
  [
    /\b(?:never|not\s+yet|still\s+not|has\s*n[o']t|have\s*n[o']t|did\s*n[o']?t|does\s*n[o']?t)\s+(?:arrived?|come|turned\s+up|shown\s+up|been\s+delivered)\b/gi,
    'late',
  ],
  [
    /\b(?:did\s*n[o']?t|does\s*n[o']?t|won'?t|will\s+not|wo\s+not|can'?t|not)\s+go(?:ing)?\s+through\b/gi,
    'declined',
  ],
  [
    /\b(?:email|e-mail|write\s+to|message|contact)\s+(?:you|your\s+team|support|customer\s+service)\b/gi,
    'contact',
  ],
  [/\bturned\s+up\b|\bshowed\s+up\b/gi, 'arrived'],
  [/\blook(?:ing)?\s+after\b/gi, 'care'],
  [/\bcast[\s-]+iron\b/gi, 'castiron'],
  [/\bgift\s+cards?\b/gi, 'giftcard'],
  [/\bpromo(?:tion(?:al)?)?\s+codes?\b|\bdiscount\s+codes?\b|\bvoucher\s+codes?\b/gi, 'promocode'],
];

/** Groups of words with the same meaning in a customer's question. */
export const WORD_GROUPS: readonly (readonly string[])[] = [
  ['return', 'returning', 'returned', 'returns'],
  ['refund', 'refunded', 'reimburse', 'reimbursement', 'repay', 'repaid'],
  [
    'damaged',
    'damage',
    'broken',
    'broke',
    'smashed',
    'shattered',
    'cracked',
    'chipped',
    'dented',
    'crushed',
    'destroyed',
    'ruined',
    'scratched',
  ],
  ['late', 'delayed', 'delay', 'overdue', 'slow'],
  [
    'delivery',
    'deliver',
    'delivered',
    'shipping',
    'ship',
    'shipped',
    'shipment',
    'postage',
    'courier',
    'dispatch',
    'dispatched',
  ],
  ['cost', 'price', 'fee', 'charge', 'expensive', 'cheap'],
  ['duration', 'days', 'time', 'long', 'take', 'takes'],
  ['phone', 'call', 'number', 'telephone'],
  ['contact', 'support', 'human', 'person', 'agent', 'someone', 'reach'],
  ['hours', 'open', 'opening', 'closed'],
  ['cancel', 'cancelling', 'cancellation', 'terminate', 'end', 'quit'],
  ['pause', 'freeze', 'suspend'],
  ['benefit', 'benefits', 'include', 'includes', 'perk', 'perks', 'worth', 'advantage', 'features'],
  ['membership', 'member', 'subscription', 'subscribe', 'plan'],
  ['login', 'access', 'locked'],
  ['change', 'update', 'edit', 'modify', 'correct', 'amend'],
  ['address', 'moved', 'move'],
  ['track', 'tracking', 'trace', 'status'],
  ['stolen', 'missing', 'lost', 'disappeared', 'vanished', 'theft'],
  ['parcel', 'package', 'box', 'order'],
  ['invoice', 'receipt', 'bill'],
  ['promocode', 'voucher', 'coupon', 'discount', 'code'],
  ['instalment', 'installment', 'instalments', 'installments', 'split', 'finance', 'klarna'],
  ['warranty', 'guarantee', 'faulty', 'fault', 'defect', 'defective', 'repair'],
  ['wash', 'washing', 'clean', 'cleaning', 'launder', 'laundry', 'care', 'maintain'],
  ['rust', 'rusty', 'rusted', 'corrosion'],
  ['crash', 'crashes', 'crashing', 'freezes', 'frozen', 'blank', 'load', 'loading'],
  ['notification', 'notifications', 'alert', 'alerts', 'push'],
  ['delete', 'remove', 'erase', 'close'],
  ['data', 'information', 'info', 'personal'],
  ['unsubscribe', 'newsletter', 'marketing', 'spam', 'emails'],
  ['exchange', 'swap', 'replace', 'replacement', 'different'],
  ['colour', 'color'],
  ['abroad', 'international', 'overseas', 'country', 'countries', 'worldwide', 'outside', 'area', 'areas'],
  ['twostep', 'verification', 'authentication', 'verify'],
  ['declined', 'refused', 'rejected', 'failed', 'failing', 'fails', 'fail'],
  ['twice', 'double', 'duplicate'],
  ['password', 'passcode'],
  ['forgot', 'forgotten', 'reset'],
  ['sofa', 'furniture', 'wardrobe', 'bed', 'large', 'bulky', 'heavy'],
  ['item', 'product', 'purchase', 'bought'],
  ['cannot', 'non', 'unable', 'exception', 'exceptions', 'excluded'],
];
