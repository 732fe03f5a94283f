import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';

export const EVENTS = '/__toolkit/events';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** What the open pages are told: reload, or the problems in the sources now (none: the overlay goes). */
export interface ShownProblem {
  where: string;
  message: string;
  hint?: string;
}

export interface PreviewServer {
  url: string;
  port: number;
  reload(): void;
  problems(list: ShownProblem[]): void;
  /**
   * While the site is being made: a page that is not there yet is answered
   * with a page that says so, shows how far the build is, and reloads itself
   * once its own file is written (see `built`). Undefined: done.
   */
  building(state: { done: number; total: number } | undefined): void;
  /** Files of the site just written (relative to the site folder, with /): a page waiting for one of them reloads. */
  built(paths: string[]): void;
  /** The first folder of each page asked for (a package's id), last asked first: what is being looked at. */
  wanted(): string[];
  close(): Promise<void>;
}

/**
 * On every answer: another page in the browser (a site on another local port,
 * or anywhere) may not load our files into itself with <script> or <img>
 * (CORS guards only fetch), nor frame the preview, nor have a file read as
 * another type than it is.
 */
export const GUARD_HEADERS: Readonly<Record<string, string>> = {
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'content-security-policy': "frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
};

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The Host header must name this machine on our port: a web page elsewhere
 * cannot then reach the preview through a name it made resolve to 127.0.0.1
 * (DNS rebinding).
 */
export function loopbackHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const m = /^(\[::1\]|[^:[\]]+)(?::(\d+))?$/.exec(host.toLowerCase());
  return Boolean(m && LOOPBACK.has(m[1]!) && (m[2] === undefined || Number(m[2]) === port));
}

/**
 * The file a request path names inside the site folder, or undefined: no
 * `..` or `.` segment, no encoded slash or backslash, no NUL, in any
 * encoding; the caller still checks that the real path (symlinks followed)
 * stays inside.
 */
export function sitePath(root: string, rawUrl: string): string | undefined {
  const path = rawUrl.split(/[?#]/)[0]!;
  if (!path.startsWith('/') || path.includes('\\') || /%(2f|5c|00)/i.test(path)) return undefined;
  let segments: string[];
  try {
    segments = path.split('/').map(decodeURIComponent);
  } catch {
    return undefined;
  }
  if (segments.some((s) => s === '..' || s === '.' || s.includes('\\') || s.includes('/') || s.includes('\0'))) return undefined;
  return join(root, ...segments.filter(Boolean));
}

const LIVE_TAG = `<meta name="toolkit-preview" content="${EVENTS}">`;

/** A request for a page (not for an image, a style or a download): it may get the page that says the site is being made. */
const isPage = (pathname: string) => pathname.endsWith('/') || /\.html$/.test(pathname) || !/\.[a-z0-9]+$/i.test(pathname);

/** The addresses a browser may have asked a written file by: `08-x/index.html` is `/08-x/index.html` and `/08-x/`. */
export const addressesOf = (path: string) => {
  const url = '/' + path.split('/').map(encodeURIComponent).join('/');
  return url.endsWith('/index.html') ? [url, url.slice(0, -'index.html'.length)] : [url];
};

/** The page for an address whose file is not made yet: it waits for its file, with what the build is doing and any error. */
const BUILDING_PAGE = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>De website wordt gemaakt</title>
<style>
body { font: 1.125rem/1.5 system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem; color: #222; }
#fouten li { margin-bottom: .75rem; } code { font-size: 1rem; } .tip { color: #555; margin: .25rem 0 0; }
</style>
</head>
<body>
<h1>De website wordt gemaakt</h1>
<p>Deze pagina is nog niet klaar. Hij verschijnt vanzelf zodra hij gemaakt is: je hoeft niets te doen.</p>
<p id="stand" aria-live="polite"></p>
<div id="fouten" role="alert"></div>
<script>
(function () {
  var source = new EventSource(${JSON.stringify(EVENTS)});
  var here = location.pathname;
  source.addEventListener('built', function (ev) { if (JSON.parse(ev.data).indexOf(here) >= 0) location.reload(); });
  source.addEventListener('reload', function () { location.reload(); });
  source.addEventListener('building', function (ev) {
    var b = JSON.parse(ev.data);
    if (!b) return location.reload();
    document.getElementById('stand').textContent = b.total ? b.done + ' van de ' + b.total + ' onderdelen ' + (b.done === 1 ? 'is' : 'zijn') + ' klaar.' : '';
  });
  source.addEventListener('problems', function (ev) {
    var box = document.getElementById('fouten');
    box.textContent = '';
    JSON.parse(ev.data).forEach(function (p) {
      var li = document.createElement('li');
      var where = document.createElement('code');
      where.textContent = p.where;
      li.appendChild(where);
      li.appendChild(document.createTextNode(' ' + p.message));
      if (p.hint) { var tip = document.createElement('p'); tip.className = 'tip'; tip.textContent = p.hint; li.appendChild(tip); }
      box.appendChild(li);
    });
  });
})();
</script>
</body>
</html>
`;

/** Serves the site folder on loopback, GET and HEAD only, with a reload channel for open pages. */
export async function serveSite(siteDir: string, options: { port?: number } = {}): Promise<PreviewServer> {
  const clients = new Set<ServerResponse>();
  let shown: ShownProblem[] = [];
  let progress: { done: number; total: number } | undefined;
  let asked: string[] = [];
  let port = 0;
  const send = (res: ServerResponse, event: string, data: unknown) => res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);

  const refuse = (res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}) => {
    res.writeHead(status, { ...GUARD_HEADERS, 'content-type': 'text/plain; charset=utf-8', ...headers });
    res.end(text + '\n');
  };

  // Synchronous on purpose: a request is answered in the one turn of the event loop it arrives in,
  // also while a round of the preview builds (it lets the loop turn between groups, not between reads).
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Dit voorbeeld kan alleen pagina\'s tonen (GET en HEAD).', { allow: 'GET, HEAD' });
    if (!loopbackHost(req.headers.host, port)) return refuse(res, 403, 'Dit voorbeeld is alleen te openen op deze computer: via 127.0.0.1 of localhost.');
    const url = req.url ?? '/';
    if (url.split('?')[0] === EVENTS) {
      res.writeHead(200, { ...GUARD_HEADERS, 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
      if (req.method === 'HEAD') return res.end();
      clients.add(res);
      // Back soon after a restart of the preview: try again after half a second, not the browser's three.
      res.write('retry: 500\n\n');
      send(res, 'problems', shown);
      if (progress) send(res, 'building', progress);
      req.on('close', () => clients.delete(res));
      return;
    }
    const wanted = sitePath(siteDir, url);
    if (!wanted) return refuse(res, 400, 'Dit adres kan niet: het wijst buiten de website.');
    const pathname = url.split('?')[0]!;
    if (isPage(pathname)) {
      const first = pathname.split('/').filter(Boolean)[0];
      if (first) asked = [decodeURIComponent(first), ...asked.filter((a) => a !== decodeURIComponent(first))].slice(0, 8);
    }
    // Not made yet while the site is being made: a page that says so and reloads itself when its file is there.
    const waiting = () => {
      if (!progress || !isPage(pathname)) return refuse(res, 404, 'Niet gevonden.');
      res.writeHead(503, { ...GUARD_HEADERS, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'retry-after': '2' });
      res.end(req.method === 'HEAD' ? undefined : BUILDING_PAGE);
    };
    const inside = (real: string, base: string) => real === base || real.startsWith(base + sep);
    let file: string;
    try {
      const base = realpathSync(siteDir);
      const real = realpathSync(wanted);
      if (!inside(real, base)) return refuse(res, 404, 'Niet gevonden.');
      if (statSync(real).isDirectory()) {
        // A folder without its slash: the relative links in its page need the slash.
        if (!pathname.endsWith('/')) {
          // Made from the real folder, so the redirect never leaves this site (no `//host`).
          const below = relative(base, real).split(sep).filter(Boolean).map(encodeURIComponent).join('/');
          res.writeHead(301, { ...GUARD_HEADERS, location: `/${below}${below ? '/' : ''}` });
          return res.end();
        }
        file = realpathSync(join(real, 'index.html'));
        if (!inside(file, base)) return refuse(res, 404, 'Niet gevonden.');
      } else file = real;
    } catch {
      return waiting();
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      return refuse(res, 404, 'Niet gevonden.');
    }
    if (type.startsWith('text/html')) body = Buffer.from(body.toString('utf8').replace('<head>', `<head>\n${LIVE_TAG}`));
    res.writeHead(200, { ...GUARD_HEADERS, 'content-type': type, 'content-length': body.length, 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const server: Server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch {
      refuse(res, 500, 'Er ging iets mis bij het lezen van dit bestand.');
    }
  });
  port = await listen(server, options.port);
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    reload: () => clients.forEach((c) => send(c, 'reload', {})),
    problems: (list) => {
      shown = list;
      clients.forEach((c) => send(c, 'problems', shown));
    },
    building: (state) => {
      progress = state;
      clients.forEach((c) => send(c, 'building', state ?? null));
    },
    built: (paths) => {
      const addresses = paths.flatMap(addressesOf);
      if (addresses.length) clients.forEach((c) => send(c, 'built', addresses));
    },
    wanted: () => asked,
    close: () =>
      new Promise<void>((resolve) => {
        clients.forEach((c) => c.end());
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Listens on 127.0.0.1: on the port asked for, or else on the first free one from 8000 up. */
async function listen(server: Server, port?: number): Promise<number> {
  const attempt = (p: number) =>
    new Promise<number>((resolve, reject) => {
      const onError = (e: Error) => {
        server.off('listening', onListening);
        reject(e);
      };
      const onListening = () => {
        server.off('error', onError);
        const a = server.address();
        resolve(typeof a === 'object' && a ? a.port : p);
      };
      server.once('error', onError);
      server.once('listening', onListening);
      server.listen(p, '127.0.0.1');
    });
  if (port !== undefined) return attempt(port);
  for (let p = 8000; p < 8100; p++) {
    try {
      return await attempt(p);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw e;
    }
  }
  return attempt(0);
}
