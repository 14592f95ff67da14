'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useStrings } from '../provider';

/** Which files the composer takes. */
export interface AttachmentOptions {
  /**
   * Accepted types: media types (`image/png`), wildcards (`image/*`) or extensions (`.pdf`).
   * Default: images, PDF and plain text.
   */
  accept?: readonly string[];
  /** Largest file in bytes (default 10 MB). */
  maxFileSize?: number;
  /** Most files in one message (default 5). */
  maxFiles?: number;
}

/** A file waiting in the composer, with a preview URL for images. */
export interface PendingAttachment {
  /** Stable key while it waits. */
  id: number;
  /** The file itself. */
  file: File;
  /** An object URL for an image preview (revoked when the file leaves). */
  previewUrl?: string;
}

const DEFAULT_ACCEPT = ['image/*', 'application/pdf', 'text/plain'] as const;
const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
const DEFAULT_MAX_FILES = 5;

/** The options with their defaults; a `RangeError` for limits that make no sense. */
export function resolveAttachmentOptions(options: AttachmentOptions): Required<AttachmentOptions> {
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const maxFiles = options.maxFiles ?? DEFAULT_MAX_FILES;
  if (!(maxFileSize > 0))
    throw new RangeError(`attachments.maxFileSize must be above 0 bytes, got ${maxFileSize}`);
  if (!Number.isInteger(maxFiles) || maxFiles < 1) {
    throw new RangeError(`attachments.maxFiles must be a whole number of at least 1, got ${maxFiles}`);
  }
  return { accept: options.accept ?? DEFAULT_ACCEPT, maxFileSize, maxFiles };
}

/** True when `file` matches one of the accepted types. */
export function acceptsFile(accept: readonly string[], file: Pick<File, 'name' | 'type'>): boolean {
  const type = file.type.toLowerCase();
  const name = file.name.toLowerCase();
  return accept.some((pattern) => {
    const wanted = pattern.trim().toLowerCase();
    if (wanted.startsWith('.')) return name.endsWith(wanted);
    if (wanted.endsWith('/*')) return type.startsWith(wanted.slice(0, -1));
    return type === wanted;
  });
}

/**
 * The files waiting in a composer: add (checked against type, size and count, with a clear
 * message for each refusal), remove, take all for sending. Image previews are object URLs,
 * revoked when a file leaves or the composer unmounts.
 */
export function useAttachments(options: Required<AttachmentOptions>) {
  const strings = useStrings();
  const [files, setFiles] = useState<PendingAttachment[]>([]);
  const [error, setError] = useState<string | null>(null);
  const nextId = useRef(0);
  const current = useRef(files);
  current.current = files;

  useEffect(
    () => () => {
      for (const item of current.current) if (item.previewUrl) URL.revokeObjectURL(item.previewUrl);
    },
    [],
  );

  const add = useCallback(
    (incoming: Iterable<File>) => {
      const problems: string[] = [];
      const accepted: PendingAttachment[] = [];
      let room = options.maxFiles - current.current.length;
      for (const file of incoming) {
        if (!acceptsFile(options.accept, file)) problems.push(strings.attachmentTypeRefused(file.name));
        else if (file.size > options.maxFileSize) {
          problems.push(
            strings.attachmentTooLarge(file.name, Math.round((options.maxFileSize / 1048576) * 10) / 10),
          );
        } else if (room <= 0) {
          const message = strings.tooManyAttachments(options.maxFiles);
          if (!problems.includes(message)) problems.push(message);
        } else {
          room -= 1;
          const previewUrl = file.type.startsWith('image/') ? URL.createObjectURL(file) : undefined;
          accepted.push({ id: nextId.current++, file, previewUrl });
        }
      }
      setError(problems.length > 0 ? problems.join(' ') : null);
      if (accepted.length > 0) setFiles((before) => [...before, ...accepted]);
    },
    [options, strings],
  );

  const remove = useCallback((id: number) => {
    setError(null);
    setFiles((before) => {
      const gone = before.find((item) => item.id === id);
      if (gone?.previewUrl) URL.revokeObjectURL(gone.previewUrl);
      return before.filter((item) => item.id !== id);
    });
  }, []);

  /** Hands the files over for sending and empties the list (their previews are revoked). */
  const take = useCallback((): File[] => {
    const taken = current.current;
    for (const item of taken) if (item.previewUrl) URL.revokeObjectURL(item.previewUrl);
    setFiles([]);
    setError(null);
    return taken.map((item) => item.file);
  }, []);

  return { files, error, add, remove, take };
}
