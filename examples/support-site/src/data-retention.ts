/**
 * How long the help centre keeps what it stores about a visitor, in days: the server's store
 * applies it and the Your data page says it, from this one place.
 */
export const SITE_RETENTION_DAYS = {
  /** A signal (a rating, choice, setting) is deleted this long after the server received it. */
  signals: 90,
  /** A visitor's preferences, with everything left of theirs, are deleted this long after their last visit that taught them something. */
  preferences: 365,
} as const;

/** A number of days in milliseconds. */
export const daysToMs = (days: number): number => days * 24 * 60 * 60 * 1000;
