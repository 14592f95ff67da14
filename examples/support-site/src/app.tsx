import { ChatWidget, type ChatWidgetHandle } from '@attune/ui';
import { useEffect, useRef } from 'react';
import type { SiteAssistant } from './assistant/create-site-assistant';
import { ContactBand } from './components/contact-band';
import { SiteFooter } from './components/site-footer';
import { SiteHeader } from './components/site-header';
import { findArticle, findCategory } from './content';
import { ArticlePage } from './pages/article-page';
import { CategoryPage } from './pages/category-page';
import { HomePage } from './pages/home-page';
import { NotFoundPage } from './pages/not-found-page';
import { SearchPage } from './pages/search-page';
import { YourDataPage } from './pages/your-data-page';
import type { Route } from './route';
import { useRoute } from './router';

const SUGGESTIONS = ['Where is my order?', 'How do I return an item?', 'When will I get my refund?'];

function titleOf(route: Route): string {
  switch (route.page) {
    case 'home':
      return 'Parcelwise Help Centre';
    case 'category':
      return `${findCategory(route.slug)?.name ?? 'Topic not found'} · Parcelwise Help Centre`;
    case 'article':
      return `${findArticle(route.slug)?.title ?? 'Article not found'} · Parcelwise Help Centre`;
    case 'search':
      return `Search${route.query ? `: ${route.query}` : ''} · Parcelwise Help Centre`;
    case 'your-data':
      return 'Your data · Parcelwise Help Centre';
    case 'not-found':
      return 'Page not found · Parcelwise Help Centre';
  }
}

function Page({
  route,
  assistant,
  openChat,
}: {
  route: Route;
  assistant: SiteAssistant;
  openChat: () => void;
}) {
  switch (route.page) {
    case 'home':
      return <HomePage onOpenChat={openChat} />;
    case 'category': {
      const category = findCategory(route.slug);
      return category ? <CategoryPage category={category} /> : <NotFoundPage />;
    }
    case 'article': {
      const article = findArticle(route.slug);
      return article ? <ArticlePage article={article} onAsk={openChat} /> : <NotFoundPage />;
    }
    case 'search':
      return <SearchPage query={route.query} onAsk={openChat} />;
    case 'your-data':
      return <YourDataPage assistant={assistant} />;
    case 'not-found':
      return <NotFoundPage />;
  }
}

/**
 * What a visitor may attach in the chat: photos (a damaged item, a label), one of up to 256 KB a
 * message, within the server's 512 KiB request limit. As a conversation grows past that limit,
 * the session stops sending earlier photos and tells the model so; the newest always goes.
 */
const PHOTOS = { accept: ['image/*'], maxFileSize: 256 * 1024, maxFiles: 1 } as const;

/** The help centre: header, the routed page, contact band, footer, and the Attune chat widget on every page. */
export function App({ assistant }: { assistant: SiteAssistant }) {
  const route = useRoute();
  const widget = useRef<ChatWidgetHandle>(null);
  const openChat = () => widget.current?.open();

  useEffect(() => {
    document.title = titleOf(route);
  }, [route]);

  return (
    <div className="pw-site">
      <a className="pw-skip-link" href="#main">
        Skip to content
      </a>
      <SiteHeader showSearch={route.page !== 'home'} />
      <main id="main" className="pw-main">
        <Page route={route} assistant={assistant} openChat={openChat} />
      </main>
      <ContactBand onOpenChat={openChat} />
      <SiteFooter />
      <ChatWidget
        ref={widget}
        session={assistant.session}
        persona={assistant.panelPersona}
        title="Parcelwise assistant"
        suggestions={SUGGESTIONS}
        placeholder="Ask about orders, delivery, returns…"
        theme="light"
        attachments={PHOTOS}
      />
    </div>
  );
}
