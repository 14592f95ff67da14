// size-limit's esbuild config for the 'headless first reply' target: the shared bundle configuration,
// with only the first reply's lazy chunks (engine, detectors, markdown) built.
import { bundleConfig } from '../bundle-config.mjs';

export default bundleConfig('headless', {
  only: 'first-reply',
  outdir: new URL('../../../../bench-results/size-limit/headless-first-reply', import.meta.url).pathname,
});
