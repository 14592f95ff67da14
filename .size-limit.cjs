// Bundle budgets (min+gz, React external), checked by `npm test` (test/bench/bundle/size-limit.test.ts)
// and by `npx size-limit`. Every check builds with the one esbuild configuration in
// test/bench/bundle/bundle-config.mjs. First load (issue #8): every `import()` left out
// (`only: 'first-load'`), so what loads on demand (the chat engine, the text detectors, the
// markdown renderer, the code highlighter) is not counted. First reply (issue #14): first load plus
// the lazy chunks every first reply fetches (the engine, the detectors, the markdown renderer;
// `only: 'first-reply'`); the code highlighter and `streamText` (a `model` only) stay out.
// `npm run bench` reports every chunk.
const { join } = require('node:path');

const target = (name) => join(__dirname, 'test/bench/bundle/targets', `${name}.mjs`);
const budget = (name, entry, limit) => ({
  name,
  path: `test/bench/bundle/entries/${entry}.tsx`,
  config: target(name.replaceAll(' ', '-')),
  gzip: true,
  limit,
});

module.exports = [
  budget('chat', 'chat', '50 kB'),
  budget('headless', 'headless', '30 kB'),
  budget('chat first reply', 'chat', '100 kB'),
  budget('headless first reply', 'headless', '70 kB'),
];
