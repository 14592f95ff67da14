import type { core } from 'zod/mini';

const expectation = (issue: core.$ZodIssue): string => {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}${issue.origin === 'array' ? ' items' : issue.origin === 'string' ? ' characters' : ''}`;
    case 'too_small':
      return `must be at least ${String(issue.minimum)}${issue.origin === 'array' ? ' items' : issue.origin === 'string' ? ' characters' : ''}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
    case 'invalid_format':
      return `invalid ${issue.format}`;
    case 'invalid_key':
      return 'invalid key';
    default:
      return issue.message;
  }
};

/**
 * Plain-English text for zod issues, `path: what was expected`, joined with "; " (the first
 * `limit`). The browser path validates with `zod/mini`, which carries no locale, so messages
 * are written here; a custom message given to a check wins.
 */
export function describeIssues(issues: readonly core.$ZodIssue[], limit = 3): string {
  return issues
    .slice(0, limit)
    .map((issue) => {
      const where = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
      const what = issue.message !== 'Invalid input' ? issue.message : expectation(issue);
      return `${where}: ${what}`;
    })
    .join('; ');
}
