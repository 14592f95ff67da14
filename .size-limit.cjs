// First-load JS budgets (min+gz, React external) from issue #8, checked by `npm test`
// (test/bench/bundle/size-limit.test.ts) and by `npx size-limit`. Every check builds with the
// one esbuild configuration in test/bench/bundle/bundle-config.mjs, with `import()` left out
// (firstLoadOnly): what loads on demand (the AI SDK engine, the text detectors, the markdown
// renderer, the code highlighter) is not first load. `npm run bench` reports those lazy chunks.
const { join } = require('node:path');

const target = (name) => join(__dirname, 'test/bench/bundle/targets', `${name}.mjs`);

module.exports = [
  {
    name: 'chat',
    path: 'test/bench/bundle/entries/chat.tsx',
    config: target('chat'),
    gzip: true,
    limit: '50 kB',
  },
  {
    name: 'headless',
    path: 'test/bench/bundle/entries/headless.tsx',
    config: target('headless'),
    gzip: true,
    limit: '30 kB',
  },
];
