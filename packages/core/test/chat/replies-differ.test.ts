import { describe, expect, it } from 'vitest';
import { repliesDiffer } from '../../src/chat/replies-differ';

describe('repliesDiffer', () => {
  const answer =
    'Open Sign in and choose Forgot password. Enter your email address and we send you a reset link, which works for one hour.';

  it('treats identical texts, and texts differing only in case or punctuation, as the same', () => {
    expect(repliesDiffer(answer, answer)).toBe(false);
    expect(repliesDiffer(answer, answer.toUpperCase().replace(/\./g, '!'))).toBe(false);
    expect(repliesDiffer('', '')).toBe(false);
  });

  it('treats a one-word change as the same, an added greeting or quip line as different', () => {
    expect(repliesDiffer(answer, answer.replace('one hour', 'an hour'))).toBe(false);
    expect(repliesDiffer(answer, `Hey there! ${answer}`)).toBe(true);
    const long = Array.from({ length: 6 }, () => answer).join('\n\n');
    expect(repliesDiffer(long, `${long}\n\nA reset link a day keeps the lockout away.`)).toBe(true);
  });

  it('treats a short and a long version of an answer as different', () => {
    expect(repliesDiffer('Open Sign in and choose Forgot password.', answer)).toBe(true);
  });
});
