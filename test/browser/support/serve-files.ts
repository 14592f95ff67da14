import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PageFile } from './build-page';

/** A static server on 127.0.0.1. */
export interface FileServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  close(): Promise<void>;
}

/** Serves built page files from memory on 127.0.0.1 (a free port); anything else is a 404. */
export async function serveFiles(files: readonly PageFile[]): Promise<FileServer> {
  const byPath = new Map(files.map((file) => [file.path, file]));
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const file = byPath.get(path);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': file.contentType, 'cache-control': 'no-store' }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
