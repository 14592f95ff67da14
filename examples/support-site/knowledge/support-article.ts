/** The help-centre categories of the Parcelwise support site. */
export type SupportCategory =
  | 'Billing'
  | 'Payments'
  | 'Invoices'
  | 'Account & security'
  | 'Orders'
  | 'Shipping'
  | 'Delivery problems'
  | 'Returns & refunds'
  | 'Exchanges'
  | 'Warranty'
  | 'Product care'
  | 'App troubleshooting'
  | 'Parcelwise Plus'
  | 'Privacy & data'
  | 'Contact';

/**
 * One help-centre article of Parcelwise, the fictional online homeware shop of the
 * example site. `body` is light Markdown: paragraphs, `-`/`1.` lists and `##` headings;
 * a "Technical details" section holds exact settings and error codes for experts.
 * Its shape fits `KnowledgeDocument` of `@attune/core/offline` (`id` is the slug, `url` its
 * page, so the offline model's replies cite the article with a link).
 */
export interface SupportArticle {
  /** Same as the slug: the document id for the offline model. */
  id: string;
  /** URL slug, e.g. `reset-your-password`. */
  slug: string;
  /** The article's page on the site, `/articles/<slug>`: the link under a reply that cites it. */
  url: string;
  /** The article's title. */
  title: string;
  /** Its help-centre category. */
  category: SupportCategory;
  /** Search keywords. */
  tags: readonly string[];
  /** The ways customers ask for it ("Also asked as"): the offline model searches them too. */
  questions: readonly string[];
  /** The article text. */
  body: string;
}

/** Builds an article whose id is its slug and whose page is `/articles/<slug>`. */
export function article(fields: Omit<SupportArticle, 'id' | 'url'>): SupportArticle {
  return { id: fields.slug, url: `/articles/${fields.slug}`, ...fields };
}
