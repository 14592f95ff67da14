export { STYLE_AXES, type Style, type StyleAxis } from './style';
export { formatStyleBlock, parseStyleBlock } from './style-block';
