import type { BaseIssue } from 'valibot';

/**
 * Plain-English text for validation issues, `path: message`, joined with "; " (the first
 * `limit`); an issue at the top level reads `(root)`.
 */
export function describeIssues(issues: readonly BaseIssue<unknown>[], limit = 3): string {
  return issues
    .slice(0, limit)
    .map((issue) => {
      const path = issue.path?.map((item) => String(item.key)).join('.');
      return `${path || '(root)'}: ${issue.message}`;
    })
    .join('; ');
}
