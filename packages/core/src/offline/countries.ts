/**
 * Country and region names a customer may ask about ("do you ship to Germany?"): each
 * means "country" or "abroad" too, so a question naming a place finds the article about
 * where a business delivers or operates, even when it lists other places.
 */
export const COUNTRIES: readonly string[] = (
  'afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas ' +
  'bahrain bangladesh barbados belarus belgium belize bolivia bosnia botswana brazil brunei bulgaria ' +
  'cambodia cameroon canada chile china colombia croatia cuba cyprus czechia denmark ecuador egypt ' +
  'england estonia ethiopia europe fiji finland france georgia germany ghana gibraltar greece ' +
  'greenland guernsey hungary iceland india indonesia iran iraq ireland israel italy jamaica japan ' +
  'jersey jordan kazakhstan kenya korea kosovo kuwait latvia lebanon liechtenstein lithuania ' +
  'luxembourg madagascar malaysia malta mexico moldova monaco mongolia montenegro morocco namibia ' +
  'nepal netherlands holland nigeria norway oman pakistan panama paraguay peru philippines poland ' +
  'portugal qatar romania russia scotland serbia singapore slovakia slovenia spain sweden ' +
  'switzerland taiwan tanzania thailand tunisia turkey uganda ukraine uruguay usa america ' +
  'venezuela vietnam wales zambia zimbabwe'
).split(' ');

/**
 * What people and things of a country are called, and the country ("a Canadian card" is about
 * Canada); names of languages ("French", "Polish") are left out, since they ask about a language.
 */
export const DEMONYMS: ReadonlyArray<readonly [string, string]> = (
  'american:america australian:australia austrian:austria belgian:belgium brazilian:brazil british:uk ' +
  'canadian:canada european:europe indian:india irish:ireland mexican:mexico scottish:scotland swiss:switzerland'
)
  .split(' ')
  .map((pair) => pair.split(':') as [string, string]);
