import type { FileUIPart } from 'ai';

/** Files to send with a message: browser files (a `FileList` or an array) or file parts. */
export type FileInput = FileList | readonly File[] | readonly FileUIPart[];

/** Base64 of some bytes, in chunks so a large file never overflows the argument list. */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let start = 0; start < bytes.length; start += chunk) {
    binary += String.fromCharCode(...bytes.subarray(start, start + chunk));
  }
  return btoa(binary);
}

function isFilePart(value: File | FileUIPart): value is FileUIPart {
  return (value as FileUIPart).type === 'file' && typeof (value as FileUIPart).url === 'string';
}

/**
 * The AI SDK's file parts for `files`: browser files are read into `data:` URLs (keeping their
 * name and media type), file parts pass through as they are.
 */
export async function toFileParts(files: FileInput): Promise<FileUIPart[]> {
  return Promise.all(
    Array.from(files as ArrayLike<File | FileUIPart>, async (file): Promise<FileUIPart> => {
      if (isFilePart(file)) return file;
      const mediaType = file.type || 'application/octet-stream';
      const data = toBase64(new Uint8Array(await file.arrayBuffer()));
      return { type: 'file', mediaType, filename: file.name, url: `data:${mediaType};base64,${data}` };
    }),
  );
}
