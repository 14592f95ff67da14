import { STYLE_AXES, type Style, type StyleAxis } from '../style/style';

const BLOCK = /<attune-style\b([^>]*)\/?>/;
const ATTRIBUTE = /([a-z]+)="(-?\d+(?:\.\d+)?)"/g;

/**
 * Formats a style as the machine-readable block that Attune puts into a request's
 * instructions, e.g. `<attune-style detail="-0.8" humour="0.6"/>`. Levels are clamped
 * to [-1, 1] and rounded to two decimals; neutral axes are left out.
 */
export function formatStyleBlock(style: Style): string {
  const attributes = STYLE_AXES.flatMap((axis) => {
    const level = style[axis];
    if (level === undefined || !Number.isFinite(level)) return [];
    const rounded = Math.round(Math.max(-1, Math.min(1, level)) * 100) / 100;
    return rounded === 0 ? [] : [`${axis}="${rounded}"`];
  });
  return `<attune-style ${attributes.join(' ')}/>`.replace('  ', ' ');
}

/**
 * Reads the first style block from instructions. Unknown attributes are ignored and
 * levels are clamped to [-1, 1]; returns an empty style when there is no block.
 */
export function parseStyleBlock(instructions: string): Style {
  const block = BLOCK.exec(instructions);
  if (!block) return {};
  const style: Style = {};
  for (const [, name, value] of (block[1] ?? '').matchAll(ATTRIBUTE)) {
    if ((STYLE_AXES as readonly string[]).includes(name as string)) {
      style[name as StyleAxis] = Math.max(-1, Math.min(1, Number(value)));
    }
  }
  return style;
}
