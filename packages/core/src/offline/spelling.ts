/**
 * British and American spellings of the same word written one way, for documents and
 * questions alike, so that "color" finds "colour" and "canceled" finds "cancelled" in
 * any knowledge base, whichever spelling it uses: regular endings by rule ("-ise" and
 * "-ize", "-yse" and "-yze", "-our" and "-or", "-tre" and "-ter", a doubled "l"), irregular pairs by name.
 */

/** Irregular pairs, by the spelling that is replaced. */
const IRREGULAR = new Map<string, string>([
  ['grey', 'gray'],
  ['tyre', 'tire'],
  ['tyres', 'tires'],
  ['aluminium', 'aluminum'],
  ['pyjamas', 'pajamas'],
  ['jewellery', 'jewelry'],
  ['mum', 'mom'],
  ['programme', 'program'],
  ['programmes', 'programs'],
  ['catalogue', 'catalog'],
  ['catalogues', 'catalogs'],
  ['dialogue', 'dialog'],
  ['mould', 'mold'],
  ['mouldy', 'moldy'],
  ['defence', 'defense'],
  ['licence', 'license'],
  ['offence', 'offense'],
  ['practise', 'practice'],
  ['enrol', 'enroll'],
  ['fulfil', 'fulfill'],
  ['cheque', 'check'],
  ['cosy', 'cozy'],
  ['plough', 'plow'],
  ['kerb', 'curb'],
  ['storey', 'story'],
  ['sceptical', 'skeptical'],
  ['manoeuvre', 'maneuver'],
]);

/**
 * The commonest misspellings of English, by the misspelling: "recieved" is two letters off
 * "received", more than a short word's typo allowance forgives.
 */
const MISSPELLINGS = new Map<string, string>(
  (
    'recieve:receive recieved:received recieving:receiving reciept:receipt reciepts:receipts ' +
    'adress:address adresses:addresses seperate:separate seperately:separately definately:definitely ' +
    'untill:until tommorow:tomorrow tomorow:tomorrow occured:occurred begining:beginning ' +
    'beleive:believe wierd:weird accomodation:accommodation garantee:guarantee guarentee:guarantee ' +
    'refered:referred arguement:argument buisness:business calender:calendar neccessary:necessary ' +
    'wich:which becuase:because beacuse:because recomend:recommend payed:paid'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/** Words whose "l" doubles in British spelling before an ending ("cancelled", "travelling"). */
const DOUBLED_L =
  /^(cancel|travel|label|model|fuel|jewel|signal|level|total|dial|counsel|channel|marvel|tunnel|panel|shovel|enrol)l(ed|ing|er|ers|ation)$/;
/** "-ise" endings (British) as "-ize", from 4 letters before the ending ("organise", not "rise"). */
const ISE = /^(\p{L}{3,})is(e|es|ed|ing|ation|ations|er|ers)$/u;
/** "-yse" endings (British) as "-yze" ("analyse"). */
const YSE = /^(\p{L}{2,})ys(e|es|ed|ing)$/u;
/** "-our" endings (British) as "-or", from 3 letters before ("colour", not "hour" or "four"). */
const OUR = /^(\p{L}{3,})our(s|ed|ing|ite|ites|able|less|ful)?$/u;
/** "-tre" endings (British) as "-ter" ("centre", "litre", "fibre" as "fiber"). */
const TRE = /^(\p{L}{2,})(t|b)re(s|d)?$/u;

/**
 * One spelling for a lower-case word that British and American English spell differently, or
 * that is commonly misspelt.
 */
export function normalizeSpelling(word: string): string {
  const irregular = IRREGULAR.get(word) ?? MISSPELLINGS.get(word);
  if (irregular !== undefined) return irregular;
  return word
    .replace(DOUBLED_L, '$1$2')
    .replace(ISE, '$1iz$2')
    .replace(YSE, '$1yz$2')
    .replace(OUR, '$1or$2')
    .replace(TRE, (_, stem: string, letter: string, ending = '') => `${stem}${letter}er${ending}`);
}
