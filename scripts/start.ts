/**
 * npm start [-- --port 3000] [--http] [--no-build] [--local-office-js]
 *
 * A busy port, a bad --port or a missing build is one line on stderr and a non-zero exit, never a
 * stack trace. --port 0 takes any free port (tests). With --no-build the manifest alone is rewritten,
 * so its URLs always name the port actually served.
 *
 * Builds everything for https://localhost:<port>, writes the demo workbooks, serves dist/excel and
 * prints how to sideload the add-in and where the preview page is. HTTPS uses the
 * office-addin-dev-certs certificate when one is trusted already, or when it can be installed
 * (interactive terminals only: installing may ask for an administrator password); otherwise it
 * serves plain HTTP and says what that means. Downloads nothing; never waits on stdin.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { langFromTag, LANGS, type Lang } from '@boussole/core';
import { writeWorkbook } from '../cli/src/workbook';
import { buildAll } from './build';
import { ROOT } from './build/context';
import { writeManifest } from './build/excel';

export interface StartOptions {
  port: number;
  /** Plain HTTP without trying for a certificate. */
  http: boolean;
  build: boolean;
  localOfficeJs: boolean;
}

/** A problem the user can fix: printed as one line, exit code 2 (usage) or 1, no stack trace. */
export class StartError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2
  ) {
    super(message);
  }
}

const DEFAULT_PORT = 3000;
const SWITCHES = ['--http', '--no-build', '--local-office-js'];

export function parseStartArgs(argv: readonly string[], lang: Lang = 'en'): StartOptions {
  let port = DEFAULT_PORT;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (SWITCHES.includes(a)) continue;
    if (a !== '--port' && !a.startsWith('--port=')) throw new StartError(say(lang).unknown(a), 2);
    const text = a === '--port' ? argv[++i] : a.slice('--port='.length);
    // Digits only: "--port --http", "3e3", "0x50" and " 80" are refused, not read as numbers.
    const n = text !== undefined && /^\d{1,5}$/.test(text) ? Number(text) : NaN;
    if (!(n >= 0 && n <= 65535)) throw new StartError(say(lang).badPort(text), 2);
    port = n;
  }
  return {
    port,
    http: argv.includes('--http'),
    build: !argv.includes('--no-build'),
    localOfficeJs: argv.includes('--local-office-js'),
  };
}

/** One-line problems, FR and EN. */
const PROBLEMS = {
  en: {
    unknown: (a: string) =>
      `npm start: unknown option ${a} (options: --port N, ${SWITCHES.join(', ')})`,
    badPort: (v: string | undefined) =>
      `npm start: --port takes a port number from 1 to 65535, got ${v === undefined ? 'nothing' : JSON.stringify(v)}`,
    busy: (port: number) =>
      `port ${port} is in use — run npm start -- --port ${port >= 65535 ? DEFAULT_PORT + 1 : port + 1}`,
    noDist: (dir: string) =>
      `npm start --no-build: ${dir} has no build — run npm run build first (or npm start without --no-build)`,
    failed: (m: string) => `npm start failed: ${m}`,
  },
  fr: {
    unknown: (a: string) =>
      `npm start : option inconnue ${a} (options : --port N, ${SWITCHES.join(', ')})`,
    badPort: (v: string | undefined) =>
      `npm start : --port attend un numéro de port de 1 à 65535, reçu ${v === undefined ? 'rien' : JSON.stringify(v)}`,
    busy: (port: number) =>
      `le port ${port} est occupé — lancez npm start -- --port ${port >= 65535 ? DEFAULT_PORT + 1 : port + 1}`,
    noDist: (dir: string) =>
      `npm start --no-build : ${dir} n'a pas été construit — lancez d'abord npm run build (ou npm start sans --no-build)`,
    failed: (m: string) => `npm start a échoué : ${m}`,
  },
} as const;

const say = (lang: Lang) => PROBLEMS[lang];

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
      // Our own output in dist/, rewritten on every start.
      await writeWorkbook(file, { lang, examples: true, force: true });
      files.push(file);
    }
    return files;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** Listens on the port, or fails with the one-line "port … is in use" problem. */
async function listen(server: http.Server, port: number, lang: Lang): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'EADDRINUSE' ? new StartError(say(lang).busy(port), 1) : e)
    );
    server.listen(port, 'localhost', resolve);
  });
  return (server.address() as AddressInfo).port;
}

async function main(lang: Lang): Promise<void> {
  const options = parseStartArgs(process.argv.slice(2), lang);
  // BOUSSOLE_DIST serves another build's folder (tests use a copy, so the shared dist stays as built).
  const dist = path.join(process.env.BOUSSOLE_DIST ?? path.join(ROOT, 'dist'), 'excel');
  if (!options.build && !existsSync(path.join(dist, 'functions.js')))
    throw new StartError(say(lang).noDist(path.relative(process.cwd(), dist) || dist), 1);
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const cert = options.http ? '--http' : await certificate(interactive);
  const handler = staticHandler(dist);
  const server =
    typeof cert === 'string' ? http.createServer(handler) : https.createServer(cert, handler);
  const port = await listen(server, options.port, lang);
  const url = `${typeof cert === 'string' ? 'http' : 'https'}://localhost:${port}`;
  if (options.build) {
    if (options.localOfficeJs) process.env.BOUSSOLE_OFFICE_JS = 'local';
    await buildAll(url);
  } else {
    // The build may be for another port or scheme: the manifest must name the one served.
    writeManifest({ root: ROOT, dist: path.dirname(dist), baseUrl: url });
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
  const lang = langFromTag(process.env.LC_ALL || process.env.LANG) ?? 'en';
  main(lang).catch((e: unknown) => {
    if (e instanceof StartError) {
      console.error(e.message);
      process.exit(e.exitCode);
    }
    console.error(say(lang).failed(e instanceof Error ? e.message : String(e)));
    process.exit(1);
  });
}
