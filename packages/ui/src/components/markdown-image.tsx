'use client';
import { createContext, useContext, useState } from 'react';
import { useStrings } from '../provider';
import { Icon } from './icons';
import { isImageAllowed } from './markdown-image-origins';

/** The origins (besides the page's own and `data:`) that images in markdown load from at once. */
export const ImageOriginsContext = createContext<readonly string[]>([]);

const imageIcon = (
  <Icon>
    <rect x="3" y="3" width="18" height="18" rx="2" />
    <circle cx="9" cy="9" r="2" />
    <path d="m21 15-5-5L5 21" />
  </Icon>
);

/**
 * An image from model output. From an allowed origin it loads at once (without a referrer);
 * from any other host it shows a button naming the host (and the alt text) and loads on a click,
 * so a prompt-injected image URL cannot carry data out unseen.
 */
export function MarkdownImage({ src, alt, title }: { src?: string; alt?: string; title?: string }) {
  const origins = useContext(ImageOriginsContext);
  const strings = useStrings();
  const [loadRequested, setLoadRequested] = useState(false);
  if (!src) return alt ? <span>{alt}</span> : null;
  const pageOrigin = typeof window === 'undefined' ? undefined : window.location.origin;
  if (loadRequested || isImageAllowed(src, origins, pageOrigin))
    return <img src={src} alt={alt ?? ''} title={title} referrerPolicy="no-referrer" loading="lazy" />;
  const host = URL.canParse(src, pageOrigin) ? new URL(src, pageOrigin).host : src;
  return (
    <button type="button" className="attune-image-blocked" onClick={() => setLoadRequested(true)}>
      {imageIcon}
      <span className="attune-image-blocked-label">{strings.loadImage(host)}</span>
      {alt ? (
        <>
          {' '}
          <span className="attune-image-blocked-alt">{alt}</span>
        </>
      ) : null}
    </button>
  );
}
