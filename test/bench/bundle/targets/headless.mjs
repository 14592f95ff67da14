// size-limit's esbuild config for the 'headless' target: the shared bundle configuration, first-load JS only.
import { bundleConfig } from '../bundle-config.mjs';

export default bundleConfig('headless', {
  only: 'first-load',
  outdir: new URL('../../../../bench-results/size-limit/headless', import.meta.url).pathname,
});
