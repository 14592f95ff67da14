import type { ConditioningReceipt } from '../../message/message';

/** The response header that carries a reply's conditioning receipt, for clients that read no metadata. */
export const CONDITIONING_HEADER = 'x-attune-conditioning';

/** Formats a receipt for the {@link CONDITIONING_HEADER} header: `none` or `mode=pba; source=stored; style=detail:-1; dimensions=a,b; examples=2`. */
export function formatReceiptHeader(receipt: ConditioningReceipt): string {
  if (receipt.source === 'none') return 'none';
  const fields = [`mode=${receipt.mode}`, `source=${receipt.source}`];
  const style = Object.entries(receipt.style ?? {}).map(([axis, level]) => `${axis}:${level}`);
  if (style.length > 0) fields.push(`style=${style.join(',')}`);
  if (receipt.shapedBy?.length) fields.push(`dimensions=${receipt.shapedBy.map((d) => d.id).join(',')}`);
  if (receipt.examples) fields.push(`examples=${receipt.examples}`);
  return fields.join('; ');
}
