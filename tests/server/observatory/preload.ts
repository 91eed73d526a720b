/**
 * Loaded (node --import) before Mozilla's HTTP Observatory scanner in its child process, which scans ports 80
 * and 443 of a host name: the name resolves to nginx's loopback address without touching /etc/hosts, and the
 * HSTS preload list the scanner reads from its own package folder (downloaded by its install script, which
 * this project does not run) comes from the test's own file instead.
 */
import dns from 'node:dns';
import fs from 'node:fs';

const host = process.env['OBSERVATORY_HOST'];
const address = process.env['OBSERVATORY_ADDRESS'];
const preloadList = process.env['OBSERVATORY_HSTS_PRELOAD'];
if (!host || !address || !preloadList)
  throw new Error('OBSERVATORY_HOST, _ADDRESS and _HSTS_PRELOAD must be set');

type Callback = (
  error: Error | null,
  address: string | { address: string; family: number }[],
  family?: number,
) => void;
const lookup = dns.lookup.bind(dns) as (...args: unknown[]) => void;
Object.assign(dns, {
  lookup(hostname: string, options: unknown, callback?: Callback) {
    const done = (typeof options === 'function' ? options : callback) as Callback;
    const wantsAll = typeof options === 'object' && options !== null && (options as { all?: boolean }).all;
    if (hostname !== host) return lookup(hostname, options, callback);
    process.nextTick(() => (wantsAll ? done(null, [{ address, family: 4 }]) : done(null, address, 4)));
  },
});

const readFileSync = fs.readFileSync.bind(fs) as (...args: unknown[]) => unknown;
Object.assign(fs, {
  readFileSync(path: unknown, ...rest: unknown[]) {
    const wanted = String(path).endsWith('/mdn-http-observatory/conf/hsts-preload.json') ? preloadList : path;
    return readFileSync(wanted, ...rest);
  },
});
