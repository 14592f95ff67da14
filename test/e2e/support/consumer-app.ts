/**
 * A fresh Vite + React app, as a customer would write it against the published packages: the
 * `<Chat>` component in the browser, and `createChatHandler` with a server tool and the offline
 * model behind `POST /api/chat`, served by a few lines of `node:http`. Written to a temporary
 * directory outside the workspace; see `consumer-app.test.ts`.
 */

/** The `ai` 7.x patch the app installs: another one than the workspace's, to prove the peer range. */
export const CONSUMER_AI_VERSION = '7.0.170';

/** The app's `package.json`, installing the packed tarballs. */
export function consumerPackageJson(tarballs: { core: string; ui: string }): string {
  return JSON.stringify(
    {
      name: 'attune-consumer-app',
      private: true,
      type: 'module',
      dependencies: {
        '@attune/core': `file:${tarballs.core}`,
        '@attune/ui': `file:${tarballs.ui}`,
        ai: CONSUMER_AI_VERSION,
        react: '19.3.1',
        'react-dom': '19.3.1',
        zod: '4.6.7',
      },
      devDependencies: {
        '@types/react': '19.3.3',
        '@types/react-dom': '19.3.0',
        '@vitejs/plugin-react': '6.3.0',
        typescript: '5.9.3',
        vite: '8.3.8',
      },
    },
    null,
    2,
  );
}

/** The rest of the app's files by path. */
export const CONSUMER_APP_FILES: Record<string, string> = {
  'tsconfig.json': JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        module: 'ESNext',
        moduleResolution: 'bundler',
        jsx: 'react-jsx',
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: ['vite/client'],
      },
      include: ['src'],
    },
    null,
    2,
  ),
  'vite.config.ts': `import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({ plugins: [react()] });
`,
  'index.html': `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Consumer app</title></head>
  <body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body>
</html>
`,
  'src/main.tsx': `import { Chat } from '@attune/ui';
import '@attune/ui/styles.css';
import type { UIMessage } from 'ai';
import { createRoot } from 'react-dom/client';

// A stock AI SDK history: Attune's components take UIMessage[] as they are.
export const history: UIMessage[] = [];

const root = document.getElementById('root');
if (root) createRoot(root).render(<Chat api="/api/chat" title="Help" />);
`,
  'src/session-status.ts': `import { createChatSession } from '@attune/core';

/** The headless session as the core README shows it: subscribe(selector, listener) to one slice. */
export function watchStatus(onStatus: (status: string) => void): () => void {
  const session = createChatSession({ api: '/api/chat' });
  return session.subscribe((state) => state.status, onStatus);
}
`,
  'src/chat-handler.ts': `import { createChatHandler, createMemoryResumableStreamStore } from '@attune/core/server';
import { createOfflineModel } from '@attune/core/offline';
import { stepCountIs, tool } from 'ai';
import * as z from 'zod';

const model = createOfflineModel({
  knowledge: [
    {
      id: 'returns',
      title: 'Returning an item',
      body: 'You can return any item within 30 days of delivery. Start a return from your orders page and print the free label.',
    },
  ],
  pacing: 0,
});

/** The app's chat endpoint: POST /api/chat, GET /api/chat/{id}/stream. */
export const handleChat = createChatHandler({
  model,
  instructions: 'You are the help-centre assistant.',
  tools: {
    orderStatus: tool({
      description: 'Looks up an order.',
      inputSchema: z.object({ orderId: z.string() }),
      execute: async ({ orderId }) => ({ orderId, status: 'shipped' as const }),
    }),
  },
  streamOptions: ({ instructions }) => ({
    instructions: \`\${instructions ?? ''}\\nUse orderStatus for questions about an order.\`,
    stopWhen: stepCountIs(3),
  }),
  resumableStreams: createMemoryResumableStreamStore(),
});
`,
  'server.mjs': `import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { handleChat } from './dist-server/chat-handler.js';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (url.pathname.startsWith('/api/chat')) {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
    const headers = Object.entries(req.headers).flatMap(([name, value]) =>
      value === undefined ? [] : [[name, Array.isArray(value) ? value.join(', ') : value]],
    );
    const response = await handleChat(
      new Request(url, { method: req.method, headers, body: hasBody ? Buffer.concat(chunks) : undefined }),
    );
    res.writeHead(response.status, Object.fromEntries(response.headers));
    if (response.body) for await (const chunk of response.body) res.write(chunk);
    res.end();
    return;
  }
  const path = url.pathname === '/' ? 'index.html' : normalize(url.pathname).replace(/^([/\\\\]|\\.\\.)+/, '');
  try {
    const body = await readFile(join('dist', path));
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
});
server.listen(0, '127.0.0.1', () => console.log(\`listening on \${server.address().port}\`));
`,
};
