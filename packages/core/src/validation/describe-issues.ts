/**
 * A validation issue as valibot and zod both report it: a message and the path to the field
 * (valibot's path items carry a `key`, zod's are the keys themselves).
 */
export interface ValidationIssue {
  readonly message: string;
  readonly path?: readonly (PropertyKey | { readonly key: unknown })[] | undefined;
}

const keyOf = (item: PropertyKey | { readonly key: unknown }): string =>
  typeof item === 'object' && item !== null ? String(item.key) : String(item);

/**
 * Plain-English text for validation issues (valibot's or zod's), `path: message`, joined with
 * "; " (the first `limit`); an issue at the top level reads `(root)`.
 */
export function describeIssues(issues: readonly ValidationIssue[], limit = 3): string {
  return issues
    .slice(0, limit)
    .map((issue) => `${issue.path?.map(keyOf).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}
