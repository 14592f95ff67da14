// size-limit's esbuild config for the 'chat first reply' target: the shared bundle configuration,
// with only the first reply's lazy chunks (engine, detectors, markdown) built.
import { bundleConfig } from '../bundle-config.mjs';

export default bundleConfig('chat', {
  only: 'first-reply',
  outdir: new URL('../../../../bench-results/size-limit/chat-first-reply', import.meta.url).pathname,
});
