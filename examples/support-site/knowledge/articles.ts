import { accountArticles } from './account';
import { appArticles } from './app-troubleshooting';
import { billingArticles } from './billing';
import { contactArticles } from './contact';
import { deliveryProblemArticles } from './delivery-problems';
import { exchangeArticles } from './exchanges';
import { invoiceArticles } from './invoices';
import { orderArticles } from './orders';
import { plusArticles } from './parcelwise-plus';
import { paymentArticles } from './payments';
import { privacyArticles } from './privacy';
import { productCareArticles } from './product-care';
import { returnArticles } from './returns';
import { shippingArticles } from './shipping';
import type { SupportArticle } from './support-article';
import { warrantyArticles } from './warranty';

export type { SupportArticle, SupportCategory } from './support-article';

/**
 * The help-centre articles of Parcelwise, the fictional online homeware shop of the
 * example support site, in help-centre order. Plain TypeScript data, importable by the
 * Vite site and the Node server alike without a build step; pass it as `knowledge` to
 * `createOfflineModel` from `@attune/core/offline`.
 */
export const articles: readonly SupportArticle[] = [
  ...billingArticles,
  ...paymentArticles,
  ...invoiceArticles,
  ...accountArticles,
  ...orderArticles,
  ...shippingArticles,
  ...deliveryProblemArticles,
  ...returnArticles,
  ...exchangeArticles,
  ...warrantyArticles,
  ...productCareArticles,
  ...appArticles,
  ...plusArticles,
  ...privacyArticles,
  ...contactArticles,
];
