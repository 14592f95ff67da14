/**
 * Everyday phrasings of the same thing, for the offline model's retrieval: customers say
 * "send back" where an article says "return", "smashed" where it says "damaged". A compact
 * table (a few KB) kept in the bundle, because general thesaurus packages weigh megabytes
 * and would run in the browser too. Apps add their own with the `synonyms` option.
 *
 * Phrases are rewritten to one word in documents and questions alike; each group of
 * words lets a question word match any word of its group.
 */

import { COUNTRIES, DEMONYMS } from './countries';

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
    /\b(?:send|sending|sent|give|giving|bring|bringing|take|taking|post|posting|ship|shipping)(?:\s+[\w']+){0,3}?\s+back\b/gi,
    'return',
  ],
  [/\bmoney\s+back\b/gi, 'refund'],
  [
    /\bwhat\s+(?:do|does|will|would)\s+(?:i|you|we|one|members?)\s+get\s+(?:with|from|for|in)\b|\bwhat(?:'s|\s+is)\s+included\b|\bwhat\s+comes\s+with\b/gi,
    'include',
  ],
  [/\byour\s+(?:phone|telephone)(?:\s+number)?\b/gi, 'contact phone'],
  [/\bwhere(?:'?s|\s+is|\s+are)\s+my\b/gi, 'track my'],
  [/\bhow\s+much\b/gi, 'cost'],
  [/\bhow\s+(?:long|soon|quickly|fast)\b/gi, 'duration'],
  [/\b(?:log|logging|sign|signing)[\s-]+(?:in|into|on)\b/gi, 'login'],
  [/\b(?:log|logging|sign|signing)[\s-]+(?:out|off)\b/gi, 'logout'],
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
    /\b(?:never|not\s+yet|still\s+not|has\s*n[o']t|have\s*n[o']t|did\s*n[o']?t|does\s*n[o']?t)\s+(?:arrived?|come|turned\s+up|shown\s+up|been\s+delivered)\b|\bnever\s+(?:brings?|brought|delivers?)\b/gi,
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
  [/\bcheck(?:ing|ed)?[\s-]+out\b/gi, 'checkout'],
  [/\bcustom[\s-]+made\b|\bmade[\s-]+to[\s-]+(?:measure|order)\b|\bbespoke\b/gi, 'madetomeasure'],
  // Open every day is open at the weekend too.
  [/\b24\s*\/\s*7\b|\b(?:7|seven)\s+days\s+a\s+week\b|\b(?:a)?round\s+the\s+clock\b/gi, 'everyday weekend'],
  // Public holidays by name: "are you open on Boxing Day" meets "closed on bank holidays".
  [
    /\b(?:christmas|xmas)(?:\s+(?:day|eve))?\b|\bboxing\s+day\b|\bnew\s+year(?:'?s)?(?:\s+(?:day|eve))?\b|\beaster(?:\s+(?:sunday|monday))?\b|\bgood\s+friday\b|\b(?:bank|public|national)\s+holidays?\b/gi,
    'publicholiday',
  ],
  [/\bsubject\s+access\s+requests?\b|\bdsar\b/gi, 'gdpr'],
  [/\bpromo(?:tion(?:al)?)?\s+codes?\b|\bdiscount\s+codes?\b|\bvoucher\s+codes?\b/gi, 'promocode'],
  // A share off the price, or half price, is a discount.
  [/\b\d+\s*(?:%|per\s*cent)\s+off\b|\bhalf[\s-]+price\b/gi, 'discount'],
];

/**
 * Narrower words that also mean a broader one (one way): a country named is a country asked about,
 * and a nationality its country ("my Canadian card").
 */
export const NARROWER_WORDS: ReadonlyArray<readonly [readonly string[], string]> = [
  [COUNTRIES, 'country'],
  ...DEMONYMS.map(([people, country]) => [[people], country] as const),
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
  ['cost', 'price', 'pricing', 'fee', 'charge', 'expensive', 'cheap'],
  ['duration', 'days', 'time', 'long', 'take', 'takes'],
  ['phone', 'call', 'number', 'telephone'],
  ['contact', 'support', 'human', 'person', 'agent', 'someone', 'reach'],
  ['hours', 'open', 'opening', 'closed'],
  ['cancel', 'cancelling', 'cancellation', 'terminate', 'end', 'quit'],
  ['pause', 'freeze', 'suspend'],
  ['benefit', 'benefits', 'include', 'includes', 'perk', 'perks', 'worth', 'advantage', 'features'],
  ['membership', 'member', 'subscription', 'subscribe', 'plan'],
  ['login', 'access', 'locked'],
  ['change', 'update', 'edit', 'modify', 'correct', 'amend', 'fix'],
  ['address', 'moved', 'move'],
  ['home', 'house', 'property'],
  ['track', 'tracking', 'trace', 'status'],
  ['stolen', 'missing', 'lost', 'disappeared', 'vanished', 'theft', 'nicked', 'pinched', 'swiped'],
  ['porch', 'doorstep'],
  ['parcel', 'package', 'packet', 'box', 'order'],
  ['invoice', 'receipt', 'bill'],
  ['promocode', 'voucher', 'coupon', 'discount', 'code'],
  ['instalment', 'installment', 'instalments', 'installments', 'split', 'finance', 'klarna'],
  ['warranty', 'guarantee', 'faulty', 'fault', 'defect', 'defective', 'repair'],
  ['wash', 'washing', 'clean', 'cleaning', 'launder', 'laundry', 'care', 'maintain'],
  ['rust', 'rusty', 'rusted', 'corrosion'],
  ['crash', 'crashes', 'crashing', 'freezes', 'frozen', 'blank', 'load', 'loading'],
  ['notification', 'notifications', 'alert', 'alerts', 'push', 'buzz', 'ping', 'pings'],
  ['delete', 'remove', 'erase', 'close', 'deactivate', 'permanently'],
  ['data', 'information', 'info', 'personal'],
  ['unsubscribe', 'newsletter', 'marketing', 'spam', 'emails'],
  ['exchange', 'swap', 'replace', 'replacement', 'different'],
  ['colour', 'color'],
  ['abroad', 'international', 'overseas', 'country', 'countries', 'worldwide', 'outside', 'area', 'areas'],
  ['twostep', 'verification', 'authentication', 'verify'],
  ['declined', 'refused', 'rejected', 'failed', 'failing', 'fails', 'fail', 'bounced', 'bounce'],
  ['twice', 'double', 'duplicate'],
  ['password', 'passcode'],
  ['forgot', 'forgotten', 'forget', 'reset'],
  ['sofa', 'couch', 'settee', 'furniture', 'wardrobe', 'bed', 'large', 'bulky', 'heavy'],
  ['item', 'product', 'purchase', 'bought'],
  ['cannot', 'non', 'unable', 'exception', 'exceptions', 'excluded'],
  // Across domains: people, data, plans and accounts in a help centre's own words and a customer's.
  [
    'invite',
    'add',
    'share',
    'teammate',
    'teammates',
    'colleague',
    'colleagues',
    'coworker',
    'coworkers',
    'collaborator',
  ],
  ['member', 'members', 'user', 'users', 'seat', 'seats'],
  ['export', 'download', 'backup', 'csv', 'spreadsheet', 'excel'],
  ['import', 'upload'],
  ['offline', 'internet', 'connection', 'online'],
  ['sync', 'syncing', 'synced', 'synchronise', 'synchronize'],
  ['annual', 'annually', 'yearly', 'year'],
  ['monthly', 'month'],
  ['restore', 'recover', 'retrieve', 'undelete', 'recovery'],
  ['upgrade', 'downgrade', 'switch'],
  ['error', 'bug', 'glitch', 'broken'],
  ['permission', 'permissions', 'role', 'roles', 'rights', 'admin'],
  ['integration', 'integrations', 'integrate', 'connect', 'link'],
  ['shortcut', 'shortcuts', 'hotkey', 'hotkeys', 'keyboard'],
  ['expired', 'expire', 'expires', 'expiry', 'valid', 'validity'],
  ['search', 'lookup'],
  ['settings', 'preferences'],
  ['method', 'methods', 'option', 'options'],
  ['hygiene', 'underwear', 'swimwear', 'lingerie', 'earrings', 'cosmetics', 'makeup', 'toiletries'],
  ['fast', 'faster', 'fastest', 'quick', 'quicker', 'quickest', 'express', 'speedy', 'urgent', 'nextday'],
  ['cheap', 'cheaper', 'cheapest', 'lowest', 'budget', 'economy', 'standard'],
  ['size', 'sizes', 'fit', 'fits', 'smaller', 'bigger', 'larger', 'king', 'queen', 'superking', 'double'],
  ['part', 'partial', 'incomplete', 'half'],
  ['wrong', 'incorrect', 'mistake', 'mixed'],
  ['assemble', 'assembly', 'assembling', 'build', 'install', 'installation', 'construct'],
  ['damaged', 'wet', 'soaked', 'soaking', 'torn', 'ripped', 'bent', 'stained', 'chewed', 'scuffed', 'warped'],
  ['faulty', 'leak', 'leaks', 'leaking', 'malfunction', 'malfunctioning', 'overheating', 'overheats'],
  ['marketing', 'promotional', 'promotions', 'offers', 'deals', 'adverts', 'advertising', 'mailing'],
  ['phone', 'mobile', 'cell', 'smartphone'],
  ['postcode', 'zip', 'postal'],
  ['flat', 'apartment'],
  ['holiday', 'vacation', 'away', 'travelling'],
  ['weekend', 'weekends', 'saturday', 'saturdays', 'sunday', 'sundays'],
  ['business', 'businesses', 'office', 'offices', 'corporate'],
  ['neuter', 'neutered', 'neutering', 'spay', 'spayed', 'spaying', 'castrate', 'castrated', 'castration'],
  ['combine', 'combined', 'combining', 'together', 'stack', 'stacked', 'stacking'],
  [
    'vaccination',
    'vaccinations',
    'vaccine',
    'vaccines',
    'vaccinate',
    'vaccinated',
    'jab',
    'jabs',
    'injection',
    'injections',
    'immunisation',
  ],
  ['friend', 'friends', 'mate', 'mates', 'pal', 'pals', 'buddy'],
  ['charity', 'charities', 'nonprofit', 'nonprofits'],
  ['hour', 'hourly'],
  [
    'child',
    'children',
    'kid',
    'kids',
    'son',
    'daughter',
    'teenager',
    'teen',
    'junior',
    'juniors',
    'minor',
    'minors',
  ],
  ['suspicious', 'hacked', 'hacker', 'compromised', 'unauthorised', 'unrecognised'],
];

/**
 * Phrasings rewritten in questions only, before `PHRASES`: how customers put things
 * ("in pieces", "too small", "can't remember", "no internet") in the word an article uses,
 * and phrasings that mean something else in a question than in an article ("your email
 * address" in a question is the shop's, in an article the customer's own). Articles say
 * these things in their own words, so rewriting them in every document would only cost
 * time when a large base is indexed.
 */
export const QUESTION_PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /\b(?:your|the\s+(?:shop|store|company|support)'?s?)\s+(?:e-?mail(?:\s+address)?|phone(?:\s+number)?|(?:contact\s+)?number|contact\s+details|address)\b/gi,
    'contact',
  ],
  // The email address or phone number of customer service is the business's.
  [
    /\b(?:e-?mail(?:\s+address)?|phone(?:\s+number)?|(?:contact\s+)?number)\s+(?:for|of|to\s+reach)\s+(?:customer\s+(?:service|services|support|care)|support|you|your\s+team)\b/gi,
    'contact',
  ],
  // "What ways can I pay", "which ways to contact you": the ways are the methods or options.
  [/\b(?:what|which)\s+(?:ways|methods|options)\b|\bways\s+(?:to|of|can|do)\b/gi, 'method'],
  // Part of an order: "only half", "one of the", "not everything" (before "never came" reads as late).
  [
    /\b(?:only|just)\s+(?:half|part|some|one|two)\b|\b(?:one|two|three|some|half|part|rest)\s+of\s+(?:the|my|it|them)\b|\bnot\s+(?:all|everything)\b/gi,
    'part',
  ],
  [
    /\b(?:still\s+)?(?:is\s*n[o']?t|is\s+not|are\s*n[o']?t|not)\s+here(?:\s+yet)?\b|\b(?:never|still\s+not|has\s*n[o']?t|have\s*n[o']?t|did\s*n[o']?t)\s+(?:came|come|got\s+here|showed)\b|\bstill\s+waiting\b/gi,
    'late',
  ],
  // Broken in everyday words.
  [/\bin\s+(?:pieces|bits|shards|smithereens)\b|\bfell\s+apart\b|\bcame\s+apart\b|\bsnapped\b/gi, 'broken'],
  // Something that failed after a while is faulty (a guarantee matter), not damaged in transit.
  [
    /\b(?:broke|broken|stopped|died|failed|leaks?|leaking|cracked|snapped)\b(?:\s+\w+){0,3}?\s+after\s+(?:\d+|a|an|one|two|three|four|six|few|couple\s+of)\s+(?:weeks?|months?|years?)\b/gi,
    'faulty',
  ],
  [/\b(?:is|are)\s+(?:it|that|this|they|these|those)\s+covered\b|\bcovered\s+(?:by|under)\b/gi, 'warranty'],
  // Trying again and again is attempts, not a double charge ("tried my card three times").
  [
    /\b(?:tried|trying|attempted|entered|typed)\b(?:\s+[\w']+){0,3}?\s+(?:\d+|two|three|four|five|multiple|several|many)\s+times\b/gi,
    'tried',
  ],
  [
    /\b(?:two|2|three|3|multiple|several)\s+times\b|\bmore\s+than\s+once\b|\b[23]\s?x\b|\bx\s?[23]\b/gi,
    'twice',
  ],
  [
    /\b(?:two|2|three|3)\s+(?:identical\s+|separate\s+)?(?:payments|charges|transactions|debits)\b/gi,
    'twice payment',
  ],
  [/\b(?:billed|debited)\s+twice\b/gi, 'charged twice'],
  [
    /\bpay(?:ing)?\s+(?:it\s+)?in\s+(?:(?:\d+|two|three|four|six)(?:\s+(?:parts|payments|instal+ments|goes|chunks|months))?|parts|stages|chunks)\b|\bbuy\s+now,?\s+(?:and\s+)?pay\s+later\b/gi,
    'instalment',
  ],
  // Spreading the cost is paying it in instalments, and still about the cost.
  [/\bspread(?:ing)?\s+(?:the\s+)?(cost|price|payments?)\b/gi, 'instalment $1'],
  [
    /\btoo\s+(?:small|big|large|tight|loose|narrow|wide)\b|\b(?:bigger|smaller|larger)\s+(?:one|size)\b|\b(?:does\s*n[o']?t|did\s*n[o']?t|does\s+not|did\s+not)\s+fit\b/gi,
    'size',
  ],
  [/\bsome(?:one|body)\s+else'?s\b|\bnot\s+what\s+i\s+ordered\b/gi, 'wrong'],
  [
    /\bput\s+(?:\w+\s+){0,2}together\b|\bset\s+up\s+(?:the|my)\s+(?:bed|furniture|wardrobe|table)\b/gi,
    'assemble',
  ],
  [
    /\bstop\s+(?:getting|receiving)\s+(?:\w+\s+)?(?:e-?mails?|texts?|messages?|newsletters?|offers|promotions?|marketing)\b/gi,
    'unsubscribe',
  ],
  [
    /\bcustomer\s+(?:service|services|support|care)\b|\bhelp\s*(?:desk|line)\b|\bhotline\b|\bcall\s+cent(?:re|er)\b/gi,
    'contact',
  ],
  [
    /\bfor\s+(?:my\s+|the\s+|our\s+)?(?:work\s+|business\s+|company\s+)?(?:tax(?:es)?(?:\s+purposes)?|expenses|accountants?|accounting|bookkeeping)\b/gi,
    'vat',
  ],
  // Help-centre phrasings of any domain (shop, app, service).
  [/\b(?:can'?t|cannot|don'?t|do\s+not)\s+(?:remember|recall)\b/gi, 'forgot'],
  [
    /\b(?:no|without(?:\s+an?)?|lost(?:\s+my)?|bad|poor|no\s+mobile)\s+(?:internet|connection|signal|wi-?fi|reception|network|data)\b/gi,
    'offline',
  ],
  [/\bget\s+(?:it|them|this|that|\w+)\s+back\b|\bbring\s+(?:it|them)\s+back\b|\bundo\b/gi, 'restore'],
  [/\bsign(?:ed|ing)?\s+up\b|\bjoin(?:ed|ing)?\b|\bregister(?:ed|ing)?\b/gi, 'subscribe'],
  [/\bnumber\s+(?:to|i\s+can|we\s+can)\s+(?:call|ring|phone|text)\b/gi, 'contact phone'],
  [/\bonly\s+(?:got|received|had|came\s+with)\s+(?:\d+|one|two|three|four|five|six)\b/gi, 'part'],
  [/\bper\s+(?:year|annum)\b|\bevery\s+year\b|\ba\s+year\b/gi, 'annual'],
  [/\bper\s+month\b|\bevery\s+month\b|\ba\s+month\b/gi, 'monthly'],
  [/\bper\s+(?:person|user|seat|head)\b/gi, 'user'],
  [/\bout\s+of\s+date\b|\bno\s+longer\s+valid\b/gi, 'expired'],
  [/\bsay\s+no\s+to\b|\bturn\s+(?:it|them)\s+away\b/gi, 'refuse'],
  [/\b(?:won'?t|will\s+not|does\s*n[o']?t|did\s*n[o']?t)\s+let\s+(?:me|us)\b/gi, 'cannot'],
  [/\b(?:came|arrived|turned\s+up|was\s+(?:sent|delivered))\s+without\b/gi, 'missing'],
  // Put on hold is paused; dropped off (by a courier) is delivered.
  [/\bput\s+(?:[\w']+\s+){0,3}?on\s+hold\b/gi, 'pause'],
  [/\b(?:was|were|been|got|it's|its)\s+dropped\s+off\b/gi, 'delivered'],
  [
    /\b(?:power|electricity|electrics|lights|gas|heating)\s+(?:has\s+|have\s+|is\s+|are\s+)?(?:gone\s+|went\s+|keeps\s+going\s+)?(?:off|out|down)\b/gi,
    'power cut',
  ],
  // Getting in is access, to a building or an account ("can I get in at the weekend").
  [/\bget(?:ting)?\s+in(?:to)?\b(?!\s+touch)/gi, 'access'],
  // What a box or parcel should have held and did not ("the mugs weren't in it").
  [
    /\b(?:was|were|is|are)(?:\s*n['’o]?t|\s+not)\s+in\s+(?:it|there|the\s+(?:box|parcel|package|delivery|order))\b/gi,
    'missing',
  ],
  // Tracking that does not move is a parcel stuck on its way.
  [/\b(?:has|have|had)(?:\s*n['’o]?t|\s+not)\s+(?:moved|changed|updated)\b/gi, 'stuck'],
  [/\b(?:\d+|a|one|two|three|four|five|few|couple\s+of)\s+(?:days?|weeks?)\s+later?\b/gi, 'late'],
  // Money asked back is a refund ("the delivery fee back", "my £79 back").
  [/\b(?:fees?|charges?|costs?|payments?|deposits?)\s+back\b|[£$€]\s?\d[\d,.]*\s+back\b/gi, 'refund'],
  // A bare "phone number?" asks for the business's.
  [
    /^\W*(?:(?:what(?:'s|\s+is)\s+)?(?:the|a|your|any)\s+)?(?:phone|telephone|contact)\s+number\W*$/gi,
    'contact phone',
  ],
  // "Do you take Amex?": a business takes what it accepts.
  [/\b(?:do|will)\s+you\s+take\b(?!(?:\s+[\w'’]+){0,3}?\s+back\b)/gi, 'take accept'],
  [/\bamex\b/gi, 'american express'],
  // What a business will not take, accept or allow asks about its exceptions.
  [
    /\b(?:won'?t|will\s+not|don'?t|do\s+not|doesn'?t|does\s+not)\s+(take|accept|allow|refund|return|deliver|ship)\b/gi,
    'cannot $1',
  ],
  // What was meant to come and has not is late.
  [
    /\b(?:was|were|is|are)\s+(?:meant|ment|supposed|due|expected)\s+to\s+(?:come|arrive|turn\s+up|be\s+(?:here|delivered))\b/gi,
    'late',
  ],
  // Water coming through a ceiling or out of a pipe is a leak.
  [
    /\bwater\s+(?:is\s+)?(?:pouring|coming|gushing|dripping|flooding|running|leaking)\s+(?:through|from|out|in|down|everywhere)\b/gi,
    'water leak',
  ],
  // Someone's age in years is their age ("my 14 year old son").
  [/\b\d{1,2}[\s-]*(?:years?|yrs?)[\s-]*old\b/gi, 'age'],
  // The cut-off is the latest time to order.
  [/\bcut[\s-]*off(?:\s+times?)?\b|\blatest\s+(?:time\s+)?(?:i\s+can\s+|to\s+)?order\b/gi, 'order time'],
  // Moving something to another day is rescheduling it.
  [
    /\b(?:move|moving|change|changing|push|pushing|rearrange)\b((?:\s+[\w']+){0,4}?)\s+(?:to\s+)?(?:another|a\s+different|a\s+later|a\s+new)\s+(?:day|date|time|slot)\b/gi,
    '$1 reschedule',
  ],
  [
    /\b(?:has|have|had|did)(?:\s*n['’o]?t|\s+not)\s+paid\b|\bnot\s+(?:been\s+)?paid\b|\bunpaid\b/gi,
    'overdue payment',
  ],
];

/**
 * Words a question uses about anything (when, waiting, getting, using): they count half
 * as much as its other words. A small base's word counts say little about how common a
 * word is ("week" may appear in one article of 36), so common English words are known by
 * name; everything else is weighed by the base itself.
 */
export const LIGHT_WORDS: readonly string[] = (
  'get getting gets make makes made go goes going went gone use used using uses put puts take took ' +
  'taken say said says see saw seen look looked looking try tried trying wait waited waiting waits ' +
  'happen happened happens receive received receiving work worked day days week weeks month months ' +
  'year years time times today yesterday tomorrow now right ago usual usually actually honestly ' +
  'literally basically first second third last next again new old other else bit someone somebody anybody ' +
  'everything nothing why done sure idea problem issue hi morning afternoon evening ' +
  'guys guy please start started starting realise realised realize realized notice noticed ' +
  'think thought buy buying apply applies find found completely entirely totally fully properly ' +
  'specific specifically particular particularly certain exact exactly anymore though although ' +
  'supposedly apparently nowhere somewhere anywhere'
).split(' ');
