export { isValidIban } from './iban';
export { passesLuhn } from './luhn';
export { PII_TOKENS, type PiiKind, scrubPii } from './scrub-pii';
export { scrubSignal, type TextScrubber } from './scrub-signal';
export { createScrubbingLogger, type Logger } from './scrubbing-logger';
