// size-limit's esbuild config for the 'chat' target: the shared bundle configuration, first-load JS only.
import { bundleConfig } from '../bundle-config.mjs';

export default bundleConfig('chat', {
  only: 'first-load',
  outdir: new URL('../../../../bench-results/size-limit/chat', import.meta.url).pathname,
});
