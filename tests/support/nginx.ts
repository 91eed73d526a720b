/**
 * Debian's nginx running deploy/nginx.conf over a build, as a server would: the configuration is used as
 * written, with only the root folder, the listen addresses and the certificate paths replaced. It listens on
 * ports 80 and 443 of a loopback address of its own (127.x.y.z), with a self-signed certificate made for the
 * site's host name, so a browser or a scanner can reach https://<host>/ once that name resolves to the address.
 * A missing nginx or openssl fails the tests; it never skips them.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/paths.ts';

const NGINX_CONF = join(ROOT, 'deploy', 'nginx.conf');

export interface RunningNginx {
  /** The site's host name (the configuration's server_name). */
  host: string;
  /** The loopback address nginx listens on, ports 80 and 443. */
  address: string;
  origin: string;
  /** The self-signed certificate (PEM), for NODE_EXTRA_CA_CERTS. */
  certificate: string;
  dir: string;
  /** A GET over HTTPS by the host name, the certificate checked: status and headers (names in lower case). */
  get: (
    path: string,
    headers?: Record<string, string>,
  ) => Promise<{ status: number; headers: Record<string, string> }>;
  stop: () => Promise<void>;
}

function nginxPath(): string {
  const path = process.env['NGINX_PATH'] ?? '/usr/sbin/nginx';
  if (!existsSync(path)) throw new Error(`nginx not found at ${path}: apt-get install nginx (.ci/run does)`);
  return path;
}

/** The server's configuration with only paths, listen addresses and certificate paths replaced. */
function localConf(
  conf: string,
  { dist, address, dir }: { dist: string; address: string; dir: string },
): string {
  const replaced = conf
    .replace(/^(\s*)root \S+;/m, `$1root ${dist.replace(/\/+$/, '')};`)
    .replace(/^\s*listen \[::\]:\d+[^;]*;\n/gm, '')
    .replace(/^(\s*)listen (\d+)([^;]*);/gm, `$1listen ${address}:$2$3;`)
    .replace(/^(\s*)ssl_certificate \S+;/m, `$1ssl_certificate ${join(dir, 'site.crt')};`)
    .replace(/^(\s*)ssl_certificate_key \S+;/m, `$1ssl_certificate_key ${join(dir, 'site.key')};`);
  if (/listen (80|443)\b/.test(replaced) || !replaced.includes(dist.replace(/\/+$/, ''))) {
    throw new Error(
      'deploy/nginx.conf no longer has the root, listen and certificate lines the tests replace',
    );
  }
  return replaced;
}

function waitForPort(address: string, port: number, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (server.exitCode !== null) return reject(new Error(`nginx exited: ${log()}`));
      const socket = connect(port, address, () => {
        socket.end();
        resolve();
      });
      socket.on('error', () => {
        if (Date.now() > deadline) reject(new Error(`nginx did not listen on ${address}:${port}: ${log()}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

export async function startNginx({
  dist,
  conf = readFileSync(NGINX_CONF, 'utf8'),
}: {
  dist: string;
  conf?: string;
}) {
  const nginx = nginxPath();
  const host = /server_name\s+([^\s;]+)/.exec(conf)?.[1];
  if (!host) throw new Error('deploy/nginx.conf names no server_name');
  const dir = mkdtempSync(join(tmpdir(), 'clinic-nginx-'));
  const byte = () => 1 + Math.floor(Math.random() * 253);
  const address = `127.${byte()}.${byte()}.${byte()}`;
  const openssl = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      `/CN=${host}`,
      '-addext',
      `subjectAltName=DNS:${host},IP:${address}`,
      '-keyout',
      join(dir, 'site.key'),
      '-out',
      join(dir, 'site.crt'),
    ],
    { encoding: 'utf8' },
  );
  if (openssl.status !== 0) throw new Error(`openssl could not make a certificate: ${openssl.stderr}`);
  writeFileSync(join(dir, 'site.conf'), localConf(conf, { dist, address, dir }));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
    (name) => `${name}_temp_path ${join(dir, name)};`,
  );
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      // As root, nginx's workers would run as nobody, who cannot read a build under /root or /work.
      ...(process.getuid?.() === 0 ? ['user root;'] : []),
      `pid ${join(dir, 'nginx.pid')};`,
      `error_log ${join(dir, 'error.log')} warn;`,
      'events { worker_connections 256; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...temp.map((line) => `  ${line}`),
      `  include ${join(dir, 'site.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  const args = ['-p', dir, '-c', join(dir, 'nginx.conf')];
  const check = spawnSync(nginx, ['-t', ...args], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx refuses the configuration:\n${check.stderr}`);
  let output = '';
  const server = spawn(nginx, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const log = () => {
    const errors = existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '';
    return `${output}\n${errors}`;
  };
  await waitForPort(address, 443, server, log);
  await waitForPort(address, 80, server, log);
  return {
    host,
    address,
    origin: `https://${host}`,
    certificate: join(dir, 'site.crt'),
    dir,
    get: (path, headers = {}) =>
      new Promise((resolve, reject) => {
        const req = request(
          {
            host: address,
            servername: host,
            path,
            headers: { Host: host, ...headers },
            ca: readFileSync(join(dir, 'site.crt')),
          },
          (res) => {
            res.resume();
            res.on('end', () =>
              resolve({
                status: res.statusCode ?? 0,
                headers: Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, String(v)])),
              }),
            );
          },
        );
        req.on('error', reject);
        req.end();
      }),
    stop: async () => {
      if (server.exitCode === null) {
        const exited = new Promise((resolve) => server.once('exit', resolve));
        server.kill('SIGQUIT');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  } satisfies RunningNginx;
}
