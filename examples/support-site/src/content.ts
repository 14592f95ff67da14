import { articles, type SupportArticle, type SupportCategory } from '../knowledge/articles';

/** A help-centre category with its page URL and blurb. */
export interface CategoryInfo {
  name: SupportCategory;
  slug: string;
  description: string;
  articles: SupportArticle[];
}

const DESCRIPTIONS: Record<SupportCategory, string> = {
  Billing: 'Charges on your statement, double payments and how membership is billed.',
  Payments: 'Cards, wallets, Klarna instalments, gift cards and promo codes.',
  Invoices: 'VAT invoices, company details and corrections.',
  'Account & security': 'Signing in, passwords, two-step verification and your details.',
  Orders: 'Tracking, changing or cancelling an order, and missing items.',
  Shipping: 'Delivery options, costs, areas and large-item delivery.',
  'Delivery problems': 'Late, damaged or missing parcels and what to do next.',
  'Returns & refunds': 'Sending something back and when your money arrives.',
  Exchanges: 'Swapping an item for another size or colour.',
  Warranty: 'Our guarantee and how to make a claim.',
  'Product care': 'Keeping wood, cast iron and linen at their best.',
  'App troubleshooting': 'When the app will not load or notifications stop.',
  'Parcelwise Plus': 'What membership includes, and pausing or cancelling it.',
  'Privacy & data': 'Your data, cookies and marketing choices.',
  Contact: 'Phone, email and live chat with our team.',
};

/** The URL slug of a category name, e.g. `Returns & refunds` → `returns-and-refunds`. */
export function categorySlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Every category in help-centre order, with its articles. */
export const categories: readonly CategoryInfo[] = [
  ...new Set(articles.map((article) => article.category)),
].map((name) => ({
  name,
  slug: categorySlug(name),
  description: DESCRIPTIONS[name],
  articles: articles.filter((article) => article.category === name),
}));

/** The category with this slug. */
export const findCategory = (slug: string) => categories.find((category) => category.slug === slug);

/** The article with this slug. */
export const findArticle = (slug: string) => articles.find((article) => article.slug === slug);

/** The most asked-about articles, shown on the home page. */
export const popularArticles: readonly SupportArticle[] = [
  'track-your-order',
  'return-an-item',
  'refund-timing',
  'delivered-but-not-received',
  'delivery-options-and-costs',
  'change-or-cancel-order',
].flatMap((slug) => findArticle(slug) ?? []);

/** The first sentence or two of an article, as plain text. */
export function excerpt(article: SupportArticle, max = 160): string {
  const text = article.body
    .split(/\n\s*\n/)
    .find((paragraph) => !/^\s*(#|-|\d+\.)/.test(paragraph))
    ?.replace(/\s+/g, ' ')
    .trim();
  if (!text) return '';
  if (text.length <= max) return text;
  return `${text.slice(0, text.lastIndexOf(' ', max)).replace(/[,;:]$/, '')}…`;
}

/** Minutes to read an article, at 200 words a minute (at least 1). */
export function readingMinutes(article: SupportArticle): number {
  return Math.max(1, Math.round(article.body.split(/\s+/).length / 200));
}

export { articles };
