// size-limit's esbuild config for the 'use-chat' target: the shared bundle configuration.
import { bundleConfig } from '../bundle-config.mjs';

export default bundleConfig('use-chat', {
  outdir: new URL('../../../../bench-results/size-limit/use-chat', import.meta.url).pathname,
});
