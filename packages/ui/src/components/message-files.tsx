'use client';
import type { AttuneMessage } from '@attune/core';
import { useStrings } from '../provider';
import { icons } from './icons';
import { sanitizeUrl } from './sanitize-url';

/** A file part of a message. */
export type FilePart = Extract<AttuneMessage['parts'][number], { type: 'file' }>;

/** True for a URL that shows an image without a request to another host (`data:` or `blob:`). */
function isLocalImage(part: FilePart): boolean {
  return part.mediaType.startsWith('image') && /^(data|blob):/i.test(part.url);
}

/**
 * The files of a message: images the user attached as thumbnails, every other file as a chip
 * with its name and type (a link when its URL is safe). Remote images are never loaded here.
 */
export function MessageFiles({ files }: { files: readonly FilePart[] }) {
  const strings = useStrings();
  return (
    <ul className="attune-message-files" aria-label={strings.messageFiles}>
      {files.map((file, index) => {
        const name = file.filename ?? file.mediaType;
        const href = sanitizeUrl(file.url, 'a', 'href');
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of a sent message never reorder.
          <li key={index} className="attune-file-chip">
            {isLocalImage(file) ? (
              <img className="attune-file-image" src={file.url} alt={name} />
            ) : (
              <>
                {icons.file}
                {href ? (
                  <a href={href} download={file.filename} rel="noopener noreferrer" target="_blank">
                    {name}
                  </a>
                ) : (
                  <span>{name}</span>
                )}
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
