/**
 * npm start [-- --port 3000] [--http] [--no-build] [--local-office-js]
 *
 * Builds everything for https://localhost:<port>, writes the demo workbooks, serves dist/excel and
 * prints how to sideload the add-in and where the preview page is. HTTPS uses the
 * office-addin-dev-certs certificate when one is trusted already, or when it can be installed
 * (interactive terminals only: installing may ask for an administrator password); otherwise it
 * serves plain HTTP and says what that means. Downloads nothing; never waits on stdin.
 */
import { readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { langFromTag, LANGS, type Lang } from '@boussole/core';
import { writeWorkbook } from '../cli/src/workbook';
import { buildAll } from './build';
import { ROOT } from './build/context';

export interface StartOptions {
  port: number;
  /** Plain HTTP without trying for a certificate. */
  http: boolean;
  build: boolean;
  localOfficeJs: boolean;
}

export function parseStartArgs(argv: readonly string[]): StartOptions {
  const i = argv.indexOf('--port');
  const port = i >= 0 ? Number(argv[i + 1]) : 3000;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port: expected a port number, got ${argv[i + 1]}`);
  }
  return {
    port,
    http: argv.includes('--http'),
    build: !argv.includes('--no-build'),
    localOfficeJs: argv.includes('--local-office-js'),
  };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Serves files under `root`, nothing outside it. Excel fetches functions.json and functions.js
 * from another origin (Excel on the web), hence the CORS header; no caching while developing.
 */
export function staticHandler(root: string): http.RequestListener {
  const base = path.resolve(root);
  return (req, res) => {
    let rel: string;
    try {
      rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (rel === '/') rel = '/taskpane.html';
    const file = path.resolve(base, `.${rel}`);
    if (!file.startsWith(base + path.sep) || req.method !== 'GET') {
      res.writeHead(req.method === 'GET' ? 404 : 405).end();
      return;
    }
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
      const body = readFileSync(file);
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'access-control-allow-origin': '*',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  };
}

interface Certificate {
  key: Buffer;
  cert: Buffer;
  ca: Buffer;
}

/** A trusted localhost certificate, or the reason there is none. */
async function certificate(interactive: boolean): Promise<Certificate | string> {
  try {
    const certs = await import('office-addin-dev-certs');
    if (!certs.verifyCertificates() && !interactive) {
      return 'no trusted certificate for https://localhost yet, and installing one may ask for an administrator password (not in a non-interactive shell)';
    }
    // Reuses a valid certificate, else creates one and trusts its CA (may prompt once).
    return await certs.getHttpsServerOptions();
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

type Messages = Record<
  | 'serving'
  | 'preview'
  | 'manifest'
  | 'demo'
  | 'noDemo'
  | 'sideload'
  | 'web'
  | 'desktop'
  | 'http'
  | 'stop',
  string
>;

const MESSAGES: Record<Lang, Messages> = {
  en: {
    serving: 'Boussole is served from dist/excel at',
    preview: 'Preview page (no Office needed, demo data):',
    manifest: 'Add-in manifest:',
    demo: 'Demo workbooks (every template with the example data):',
    noDemo: 'Demo workbook not written:',
    sideload: 'Sideload the add-in:',
    web: 'Excel on the web: open a workbook, Home › Add-ins › More add-ins (Advanced) › Upload My Add-in, then choose',
    desktop: 'Excel desktop (Windows, Mac), in another terminal while this one runs:',
    http: 'Plain HTTP: Excel only loads add-ins over HTTPS, so only the preview page works. Trust a certificate with `npx office-addin-dev-certs install`, then run npm start again. Reason:',
    stop: 'Press Ctrl+C to stop.',
  },
  fr: {
    serving: 'Boussole est servi depuis dist/excel à',
    preview: 'Page d’aperçu (sans Office, données de démonstration) :',
    manifest: 'Manifeste du complément :',
    demo: 'Classeurs de démonstration (tous les modèles avec les données d’exemple) :',
    noDemo: 'Classeur de démonstration non écrit :',
    sideload: 'Charger le complément (sideload) :',
    web: 'Excel pour le web : ouvrez un classeur, Accueil › Compléments › Plus de compléments (Avancé) › Charger mon complément, puis choisissez',
    desktop: 'Excel bureau (Windows, Mac), dans un autre terminal pendant que celui-ci tourne :',
    http: 'HTTP simple : Excel ne charge les compléments qu’en HTTPS, seule la page d’aperçu fonctionne. Faites approuver un certificat avec `npx office-addin-dev-certs install`, puis relancez npm start. Raison :',
    stop: 'Ctrl+C pour arrêter.',
  },
};

export function instructions(
  url: string,
  lang: Lang,
  demo: readonly string[] | string,
  httpReason?: string
): string {
  const m = MESSAGES[lang];
  const manifest = path.join('dist', 'excel', 'manifest.xml');
  const lines = [
    `${m.serving} ${url}`,
    `  ${m.preview} ${url}/taskpane.html  (?lang=en, ?lang=fr)`,
    `  ${m.manifest} ${manifest}`,
    typeof demo === 'string'
      ? `  ${m.noDemo} ${demo}`
      : `  ${m.demo} ${demo.map((f) => path.relative(process.cwd(), f)).join(', ')}`,
  ];
  if (httpReason !== undefined) lines.push('', `${m.http} ${httpReason}`);
  lines.push(
    '',
    m.sideload,
    `  ${m.web} ${manifest}`,
    `  ${m.desktop}`,
    `    npx office-addin-debugging start ${manifest} desktop --app excel --dev-server-port ${new URL(url).port || 443}`,
    '',
    m.stop
  );
  return lines.join('\n');
}

async function writeDemo(dir: string): Promise<string[] | string> {
  try {
    const files: string[] = [];
    for (const lang of LANGS) {
      const file = path.join(dir, `boussole-demo-${lang}.xlsx`);
      await writeWorkbook(file, { lang, examples: true });
      files.push(file);
    }
    return files;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

async function main(): Promise<void> {
  const options = parseStartArgs(process.argv.slice(2));
  const lang = langFromTag(process.env.LC_ALL || process.env.LANG) ?? 'en';
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const cert = options.http ? '--http' : await certificate(interactive);
  const dist = path.join(ROOT, 'dist', 'excel');
  const handler = staticHandler(dist);
  const server =
    typeof cert === 'string' ? http.createServer(handler) : https.createServer(cert, handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, 'localhost', resolve);
  });
  const port = (server.address() as AddressInfo).port;
  const url = `${typeof cert === 'string' ? 'http' : 'https'}://localhost:${port}`;
  if (options.build) {
    if (options.localOfficeJs) process.env.BOUSSOLE_OFFICE_JS = 'local';
    await buildAll(url);
  }
  const demo = await writeDemo(dist);
  console.log(instructions(url, lang, demo, typeof cert === 'string' ? cert : undefined));
  const stop = (): void => {
    server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
