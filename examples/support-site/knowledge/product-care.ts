import { article, type SupportArticle } from './support-article';

/** Articles about looking after products. */
export const productCareArticles: readonly SupportArticle[] = [
  article({
    slug: 'care-wooden-boards',
    title: 'Caring for wooden chopping boards and utensils',
    category: 'Product care',
    tags: ['wood', 'chopping board', 'oil', 'cutting board', 'utensils', 'cracked', 'care'],
    questions: [
      'how to clean a wooden chopping board',
      'oil for a wooden board',
      'my wooden board has a crack',
      'can wooden utensils go in the dishwasher',
      'the board looks dry',
    ],
    body: `Wooden boards and utensils last for many years if they are kept dry and oiled.

- Wash by hand with warm water and a little washing-up liquid, straight after use.
- Never put wood in the dishwasher or leave it soaking in water, as it will swell and crack.
- Dry it with a tea towel and leave it standing on its edge so air reaches both sides.
- Oil it once a month, or whenever it looks pale and dry.

To oil a board, rub a thin layer of food-safe mineral oil or our Parcelwise Board Oil into every surface with a clean cloth. Leave it overnight, then wipe off whatever has not soaked in. Do not use olive or sunflower oil, because cooking oils can go rancid and smell.

To remove smells from garlic or onion, scrub the board with coarse salt and half a lemon, rinse and dry. Light scratches can be sanded with fine sandpaper, grade 240, then oiled again.

A board that cracks or splits within 2 years despite following this care is covered by our guarantee. Damage from the dishwasher or soaking is not covered.

## Technical details

Our boards are end-grain acacia or edge-grain oak, finished with food-grade mineral oil and beeswax. Store them at normal room humidity, between 40% and 60%; next to a radiator or oven the wood dries out and is more likely to split.`,
  }),
  article({
    slug: 'care-cast-iron',
    title: 'Caring for cast-iron cookware',
    category: 'Product care',
    tags: ['cast iron', 'skillet', 'pan', 'rust', 'seasoning', 'hearth', 'cookware'],
    questions: [
      'how to season a cast iron pan',
      'rust on my pan',
      'can I wash cast iron with soap',
      'the coating is coming off my pan',
      'cast iron skillet is sticky',
    ],
    body: `Hearth cast-iron pans come pre-seasoned, so you can cook with them straight away. The seasoning, a thin layer of baked-on oil, keeps food from sticking and protects the iron from rust. It gets better the more you cook.

After cooking, let the pan cool a little, then wash it with hot water and a brush. A small amount of washing-up liquid is fine. Dry it completely on a low heat on the hob, then rub in a few drops of oil with kitchen paper while it is still warm.

Never put cast iron in the dishwasher or leave it soaking, and avoid cooking very acidic sauces, such as tomato, for long periods until the seasoning is well built up.

If you see rust, scrub it off with steel wool, wash and dry the pan, and season it again in the oven. Rust caused by moisture is not a fault and is not covered by our guarantee, but it is easy to fix.

Hearth cookware is guaranteed for 5 years against cracks and manufacturing faults.

## Technical details

To re-season, coat the whole pan thinly with a high smoke point oil, such as rapeseed or flaxseed, wipe off the excess, and bake it upside down at 230°C for 1 hour. Let it cool in the oven. Hearth pans work on gas, electric, ceramic and induction hobs and are oven safe up to 260°C.`,
  }),
  article({
    slug: 'care-linen-bedding',
    title: 'Washing linen and cotton bedding',
    category: 'Product care',
    tags: ['linen', 'bedding', 'washing', 'sheets', 'duvet cover', 'shrink', 'laundry'],
    questions: [
      'how to wash linen sheets',
      'will linen shrink',
      'washing temperature for bedding',
      'can I tumble dry linen',
      'bedding feels rough after washing',
    ],
    body: `Our linen and cotton bedding gets softer with every wash. Follow these steps to keep it looking its best.

- Wash before first use, at 40°C on a gentle cycle, with a mild liquid detergent.
- Wash dark and bright colours separately for the first few washes.
- Do not use bleach or fabric softener; softener coats the fibres and makes linen less breathable.
- Do not overload the machine. Bedding needs room to move to get clean.

Line drying is best. If you use a tumble dryer, choose a low heat and take the bedding out while it is still slightly damp, then smooth it by hand. Linen is meant to look relaxed, so ironing is optional; if you prefer it crisp, iron it damp on a medium setting.

Linen can shrink by up to 3% in the first wash, which is already allowed for in our sizes. Washing at 60°C or tumble drying on high heat can shrink it further, and that is not covered by our guarantee.

Wash duvets and pillows as shown on their own care labels; most of ours can be machine washed at 40°C but need a large-capacity machine.`,
  }),
];
