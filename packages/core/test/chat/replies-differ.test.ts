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

  it('treats a one-word change in a long reply as the same, a new greeting and closer as different', () => {
    expect(repliesDiffer(answer, answer.replace('one hour', 'an hour'))).toBe(false);
    expect(repliesDiffer(answer, `Hey there! ${answer} Hope that helps, and have a lovely day!`)).toBe(true);
  });

  it('treats a short and a long version of an answer as different', () => {
    expect(repliesDiffer('Open Sign in and choose Forgot password.', answer)).toBe(true);
  });
});
