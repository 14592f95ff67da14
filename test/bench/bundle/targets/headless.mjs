// size-limit's esbuild config for the 'headless' target: the shared bundle configuration.
import { bundleConfig } from '../bundle-config.mjs';

export default bundleConfig('headless', {
  outdir: new URL('../../../../bench-results/size-limit/headless', import.meta.url).pathname,
});
