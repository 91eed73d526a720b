/** Debian's Chromium driven by playwright-core, and a build served on localhost, for tests and scripts. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import sirv from 'sirv';
import { LIVE_DIST } from './paths.ts';

export function chromePath(): string {
  return process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
}

/** `extraArgs`: e.g. --host-resolver-rules, to reach a local server by the site's real host name. */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromePath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...extraArgs,
    ],
  });
}

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/** Serves a build folder like a static host: directory indexes, 404.html for anything missing. */
export async function serveDist(dir: string = LIVE_DIST): Promise<StaticServer> {
  const assets = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const notFound = sirv(dir, { dev: false });
  const server: Server = createServer((req, res) =>
    assets(req, res, () => {
      req.url = '/404.html';
      res.statusCode = 404;
      notFound(req, res, () => {
        res.end('Not found');
      });
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
