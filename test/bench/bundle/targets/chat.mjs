// size-limit's esbuild config for the 'chat' target: the shared bundle configuration.
import { bundleConfig } from '../bundle-config.mjs';

export default bundleConfig('chat', {
  outdir: new URL('../../../../bench-results/size-limit/chat', import.meta.url).pathname,
});
