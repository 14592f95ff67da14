import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { workspacePlugin } from '../../bench/bundle/bundle-config.mjs';

/** One built file of a page, served from memory. */
export interface PageFile {
  path: string;
  contentType: string;
  body: string;
}

const root = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Bundles a page entry (React included, `@attune/*` from sources) into ES modules with code
 * splitting, so lazy imports load as they would in production; returns the files and an
 * `index.html` that mounts the entry at `#root` (with the bundled CSS, when the entry imports any).
 */
export async function buildPage(entry: string, options: { production?: boolean } = {}): Promise<PageFile[]> {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: { page: entry },
    outdir: '/page',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    minify: options.production ?? true,
    define: { 'process.env.NODE_ENV': options.production === false ? '"development"' : '"production"' },
    write: false,
    logLevel: 'silent',
    plugins: [workspacePlugin],
  });
  const files = result.outputFiles.map((file) => ({
    path: file.path.slice(file.path.lastIndexOf('/page/') + '/page'.length),
    contentType: file.path.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8',
    body: file.text,
  }));
  const styles = files.some((file) => file.path === '/page.css')
    ? '<link rel="stylesheet" href="/page.css">'
    : '';
  const html = [
    '<!doctype html>',
    `<html lang="en"><head><meta charset="utf-8"><title>Attune test page</title>${styles}</head>`,
    '<body><div id="root"></div><script type="module" src="/page.js"></script></body></html>',
  ].join('\n');
  return [...files, { path: '/', contentType: 'text/html; charset=utf-8', body: html }];
}
