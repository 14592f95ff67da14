import type { SupportCategory } from '../../knowledge/articles';

/** Line icons of the help centre (24×24, drawn with the current colour). */
const PATHS = {
  billing: 'M4 7h16v10H4zM4 10h16M7 14h4',
  payments: 'M3 6h18v12H3zM3 10h18M16 15h2',
  invoices: 'M7 3h7l4 4v14H7zM14 3v4h4M10 12h5M10 16h5',
  account: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21c0-4 4-6 8-6s8 2 8 6',
  orders: 'M4 7l8-4 8 4v10l-8 4-8-4zM4 7l8 4 8-4M12 11v10',
  shipping:
    'M3 6h11v10H3zM14 10h4l3 3v3h-7M7 19a2 2 0 1 0 0-4 2 2 0 0 0 0 4zM17 19a2 2 0 1 0 0-4 2 2 0 0 0 0 4z',
  problems: 'M12 3l9 16H3zM12 10v4M12 17v.5',
  returns: 'M9 14l-5-5 5-5M4 9h11a5 5 0 0 1 0 10h-3',
  exchanges: 'M7 7h13l-3-3M17 17H4l3 3',
  warranty: 'M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6zM9 12l2 2 4-4',
  care: 'M12 21c-4-3-7-6-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 11c0 4-3 7-7 10z',
  app: 'M8 3h8v18H8zM11 18h2',
  plus: 'M12 3l2.5 5.5L20 9l-4 4 1 6-5-3-5 3 1-6-4-4 5.5-.5z',
  privacy: 'M6 11h12v10H6zM9 11V8a3 3 0 0 1 6 0v3',
  contact: 'M4 5h16v11H9l-5 4z',
  search: 'M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14zM20 20l-4-4',
  chat: 'M4 5h16v11H9l-5 4zM8 10h8M8 13h5',
  phone: 'M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a1 1 0 0 1-1 1A16 16 0 0 1 4 5a1 1 0 0 1 1-1z',
  mail: 'M3 6h18v12H3zM3 6l9 7 9-7',
  arrow: 'M5 12h14M13 6l6 6-6 6',
  chevron: 'M9 6l6 6-6 6',
  clock: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 7v5l3 2',
  spark: 'M12 3v4M12 17v4M3 12h4M17 12h4M6 6l2.5 2.5M15.5 15.5L18 18M6 18l2.5-2.5M15.5 8.5L18 6',
  shield: 'M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z',
  download: 'M12 4v11M7 10l5 5 5-5M5 20h14',
  trash: 'M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13',
} as const;

/** The name of a help-centre icon. */
export type IconName = keyof typeof PATHS;

const CATEGORY_ICONS: Record<SupportCategory, IconName> = {
  Billing: 'billing',
  Payments: 'payments',
  Invoices: 'invoices',
  'Account & security': 'account',
  Orders: 'orders',
  Shipping: 'shipping',
  'Delivery problems': 'problems',
  'Returns & refunds': 'returns',
  Exchanges: 'exchanges',
  Warranty: 'warranty',
  'Product care': 'care',
  'App troubleshooting': 'app',
  'Parcelwise Plus': 'plus',
  'Privacy & data': 'privacy',
  Contact: 'contact',
};

/** The icon of a category. */
export const categoryIcon = (category: SupportCategory): IconName => CATEGORY_ICONS[category];

/** A decorative line icon. */
export function Icon({ name, size = 24 }: { name: IconName; size?: number }) {
  return (
    <svg
      className="pw-icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.7"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
