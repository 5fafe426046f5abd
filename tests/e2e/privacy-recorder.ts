/**
 * Records every request made in a browser with the extension loaded, in three independent ways,
 * and blocks everything that would leave the machine. Used by privacy.spec.ts.
 *
 * What sees what (measured on Debian's Chromium 156 with Playwright 1.65, see privacy.spec.ts):
 * - A browser-wide CDP `Fetch.enable` (through `chromium.connectOverCDP` and
 *   `browser.newBrowserCDPSession()`) sees the pages' requests and the content script's, but
 *   NOT the extension service worker's `fetch()`es, so it cannot prove anything about the
 *   worker. It is not used here.
 * - CDP `Network` on each page (`context.newCDPSession(page)`) sees the page's own requests and
 *   the content script's: those run in the page's renderer and carry the page's frame, but the
 *   `initiator` stack names the script that made them (chrome-extension://ID/content-scripts/…),
 *   which is how they are told apart.
 * - The service worker is reached from such a page session: `Target.attachToTarget` with
 *   `flatten: false` on the worker's target, then `Network.enable` sent through
 *   `Target.sendMessageToTarget`; its events come back as `Target.receivedMessageFromTarget`.
 *   (`context.newCDPSession` takes only pages and frames, and with `flatten: true` the child
 *   session's events would never reach a Playwright CDPSession.)
 * - Playwright's `context.on('request')` sees the pages' requests, the content script's (as the
 *   page's) and the service worker's (`request.serviceWorker()` is set), and `context.route()`
 *   intercepts all three, so it is where anything non-loopback is blocked and counted.
 * - The browser process fetches some things itself, past every interception: a page's
 *   `<link rel=icon>` from another site, for one (measured: CDP Network shows it, route() never
 *   does). So the browser runs with every non-loopback request sent to a sink proxy on
 *   127.0.0.1 that counts it and answers 403: nothing can leave, whoever asks.
 */
import { extensionFlags } from './chromium-flags.ts';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { chromium, type BrowserContext, type CDPSession, type Page, type Request, type Route, type Worker } from '@playwright/test';
import { CHROMIUM_PATH, EXTENSION_DIR } from './fixtures.ts';
import type { Extension } from './sync-support.ts';

export type Layer = 'cdp-page' | 'cdp-worker' | 'playwright';

export interface SeenRequest {
  layer: Layer;
  url: string;
  /** CDP resource type, or Playwright's resourceType(). */
  type: string;
  /** 'service-worker', or the address of the document the request belongs to. */
  from: string;
  /** The label of the tab it was seen in (CDP page layer only). */
  tab?: string;
  /** Every script address on the CDP initiator (its url and its whole stack, async parents too). */
  initiatorUrls: string[];
  /** Made by the extension: its service worker, one of its pages, or one of its scripts in a page. */
  byExtension: boolean;
}

export interface BlockedRequest {
  url: string;
  byWorker: boolean;
  from: string;
}

interface Initiator {
  url?: string;
  stack?: StackTrace;
}
interface StackTrace {
  callFrames: { url: string }[];
  parent?: StackTrace;
}

export function initiatorUrls(initiator: Initiator | undefined): string[] {
  const urls = new Set<string>();
  if (initiator?.url) urls.add(initiator.url);
  for (let stack = initiator?.stack; stack; stack = stack.parent) for (const frame of stack.callFrames) if (frame.url) urls.add(frame.url);
  return [...urls];
}

const NETWORK = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Whether a request to `url` would leave this machine. */
export function leavesMachine(url: string): boolean {
  try {
    const u = new URL(url);
    return NETWORK.has(u.protocol) && !LOOPBACK.has(u.hostname);
  } catch {
    return false;
  }
}

export class RequestRecorder {
  readonly seen: SeenRequest[] = [];
  readonly blocked: BlockedRequest[] = [];
  readonly extensionOrigin: string;
  private readonly sessions = new Map<Page, Promise<CDPSession>>();
  private readonly labels = new Map<Page, string>();
  private readonly workerTargets = new Set<string>();
  private readonly pendingReplies = new Map<string, () => void>();
  private hub: CDPSession | undefined;

  private constructor(
    private readonly context: BrowserContext,
    extensionId: string,
  ) {
    this.extensionOrigin = `chrome-extension://${extensionId}`;
  }

  /** Starts recording and blocking before any page is opened; keeps one blank tab as the worker's observer. */
  static async start(context: BrowserContext, extensionId: string): Promise<RequestRecorder> {
    const recorder = new RequestRecorder(context, extensionId);
    await context.route('**/*', (route) => recorder.onRoute(route));
    context.on('request', (request) => recorder.onRequest(request));
    // Tabs the browser opens by itself (e.g. the card's link to the options page) are watched too,
    // from the moment they are noticed.
    context.on('page', (page) => void recorder.watch(page).catch(() => undefined));
    context.on('serviceworker', () => void recorder.attachWorkers().catch(() => undefined));
    const hubPage = await context.newPage();
    recorder.labels.set(hubPage, 'observer');
    recorder.hub = await recorder.watch(hubPage);
    recorder.hub.on('Target.receivedMessageFromTarget', (event) => recorder.onWorkerMessage(event.sessionId, event.message));
    await recorder.attachWorkers();
    return recorder;
  }

  /** A new tab, watched before it loads anything. */
  async newPage(label: string): Promise<Page> {
    const page = await this.context.newPage();
    this.labels.set(page, label);
    await this.watch(page);
    return page;
  }

  /** The CDP session on a watched page (e.g. to evaluate in the content script's world). */
  session(page: Page): Promise<CDPSession> {
    return this.watch(page);
  }

  private watch(page: Page): Promise<CDPSession> {
    let session = this.sessions.get(page);
    if (!session) {
      session = this.context.newCDPSession(page).then(async (s) => {
        s.on('Network.requestWillBeSent', (e) => this.record('cdp-page', e.request.url, e.type ?? '', e.documentURL, e.initiator, this.labels.get(page)));
        s.on('Network.webSocketCreated', (e) => this.record('cdp-page', e.url, 'WebSocket', page.url(), e.initiator, this.labels.get(page)));
        await s.send('Network.enable');
        return s;
      });
      this.sessions.set(page, session);
    }
    return session;
  }

  /** Attaches to every service-worker target of the extension not attached yet (a restarted worker is a new target). */
  async attachWorkers(): Promise<void> {
    const hub = this.hub;
    if (!hub) return;
    const { targetInfos } = await hub.send('Target.getTargets');
    for (const target of targetInfos) {
      if (target.type !== 'service_worker' || !target.url.startsWith(this.extensionOrigin) || this.workerTargets.has(target.targetId)) continue;
      this.workerTargets.add(target.targetId);
      const { sessionId } = await hub.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
      const enabled = new Promise<void>((resolve) => this.pendingReplies.set(`${sessionId}:1`, resolve));
      await hub.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Network.enable', params: {} }) });
      await Promise.race([
        enabled,
        new Promise((_, reject) => setTimeout(() => reject(new Error(`the service worker ${target.url} did not enable Network`)), 5_000)),
      ]);
    }
  }

  private onWorkerMessage(sessionId: string, raw: string): void {
    const message = JSON.parse(raw) as { id?: number; method?: string; params?: Record<string, unknown> };
    if (message.id !== undefined) this.pendingReplies.get(`${sessionId}:${message.id}`)?.();
    if (message.method === 'Network.requestWillBeSent') {
      const p = message.params as { request: { url: string }; type?: string; initiator?: Initiator };
      this.record('cdp-worker', p.request.url, p.type ?? '', 'service-worker', p.initiator);
    }
    if (message.method === 'Network.webSocketCreated') {
      const p = message.params as { url: string; initiator?: Initiator };
      this.record('cdp-worker', p.url, 'WebSocket', 'service-worker', p.initiator);
    }
  }

  private record(layer: Layer, url: string, type: string, from: string, initiator: Initiator | undefined, tab?: string): void {
    const urls = initiatorUrls(initiator);
    const own = (u: string) => u.startsWith(`${this.extensionOrigin}/`);
    const byExtension = layer === 'cdp-worker' || own(from) || urls.some(own);
    this.seen.push({ layer, url, type, from, tab, initiatorUrls: urls, byExtension });
  }

  private onRequest(request: Request): void {
    const { from, byWorker } = this.origin(request);
    const byExtension = byWorker || from.startsWith(`${this.extensionOrigin}/`);
    this.seen.push({ layer: 'playwright', url: request.url(), type: request.resourceType(), from, initiatorUrls: [], byExtension });
  }

  private async onRoute(route: Route): Promise<void> {
    const request = route.request();
    if (!leavesMachine(request.url())) return route.continue();
    const { from, byWorker } = this.origin(request);
    this.blocked.push({ url: request.url(), byWorker, from });
    return route.abort('blockedbyclient');
  }

  private origin(request: Request): { from: string; byWorker: boolean } {
    const worker: Worker | null = request.serviceWorker();
    if (worker) return { from: 'service-worker', byWorker: true };
    try {
      return { from: request.frame().url(), byWorker: false };
    } catch {
      return { from: '', byWorker: false };
    }
  }
}

export interface PrivacyRules {
  extensionOrigin: string;
  /** The one address the extension may ask for on the network. */
  syncUrl: string;
  /** Origins that serve the test's pages (their own resources are theirs to ask for). */
  pageOrigins: string[];
  blocked: BlockedRequest[];
}

/** The host (and port, for CONNECT) a sink-proxy hit was for. */
function sinkHost(hit: string): string {
  const [method, target = ''] = hit.split(' ');
  if (method === 'CONNECT') return target.replace(/:443$/, '');
  try {
    return new URL(target).host;
  } catch {
    return target;
  }
}

/** Every request that breaks the rules, in words. */
export function privacyViolations(requests: SeenRequest[], rules: PrivacyRules): string[] {
  const problems = new Set<string>();
  const syncOrigin = new URL(rules.syncUrl).origin;
  for (const r of requests) {
    const where = `${r.layer}, ${r.from || 'unknown frame'}${r.initiatorUrls.length ? `, initiator ${r.initiatorUrls.join(' < ')}` : ''}`;
    if (r.url.startsWith(`${rules.extensionOrigin}/`) || r.url === rules.syncUrl) continue;
    let scheme = '';
    try {
      scheme = new URL(r.url).protocol;
    } catch {
      problems.add(`unparsable address ${r.url} (${where})`);
      continue;
    }
    if (!NETWORK.has(scheme)) {
      // data:, blob:, about:, chrome: never leave the browser; another extension's files are not ours.
      if (r.byExtension && scheme === 'chrome-extension:') problems.add(`the extension asked another extension: ${r.url} (${where})`);
      continue;
    }
    if (r.byExtension) {
      problems.add(`the extension asked for ${r.url}, which is not the sync URL (${where})`);
      continue;
    }
    const origin = new URL(r.url).origin;
    if (origin === syncOrigin) problems.add(`something other than the sync asked the sync server for ${r.url} (${where})`);
    // A page's own request to another site: blocked by route(), or (the browser's favicon
    // fetch, which route() never sees) refused by the sink proxy, or never sent at all.
    else if (leavesMachine(r.url)) continue;
    else if (!rules.pageOrigins.includes(origin)) problems.add(`a request to an unexpected local server: ${r.url} (${where})`);
  }
  for (const b of rules.blocked) if (b.byWorker || b.from.startsWith(`${rules.extensionOrigin}/`)) problems.add(`the extension tried to reach ${b.url}`);
  return [...problems];
}

/** A proxy that forwards nothing: it counts what reaches it and refuses it. */
export interface SinkProxy {
  url: string;
  /** 'GET http://host/path' for plain http, 'CONNECT host:443' for https and wss. */
  hits: string[];
  stop(): Promise<void>;
}

export async function startSinkProxy(): Promise<SinkProxy> {
  const hits: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    hits.push(`${req.method} ${req.url}`);
    if (process.env.PRIVACY_DEBUG) console.log('sink', req.method, req.url, Buffer.concat(chunks).toString('utf8').slice(0, 2000));
    res.writeHead(403, { 'content-type': 'text/plain' }).end('blocked by the privacy test');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (req, socket) => {
    hits.push(`CONNECT ${req.url}`);
    if (process.env.PRIVACY_DEBUG) console.log('sink', new Date().toISOString(), 'CONNECT', req.url);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits,
    stop: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * The extension in Chromium as sync-support's launchExtension() starts it, with every
 * non-loopback request sent to `proxyUrl` (Chromium never proxies loopback addresses, so the
 * test's own servers are reached directly).
 */
export async function launchBehindSink(proxyUrl: string): Promise<Extension> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...extensionFlags(EXTENSION_DIR), `--proxy-server=${proxyUrl}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, extensionId: new URL(worker.url()).host, worker, close: () => context.close() };
}

/** Chromium's own services (component updates, sign-in, autofill), which it calls from the browser process. */
const BROWSER_SERVICES = /(^|\.)(google\.com|googleapis\.com|gstatic\.com)$/;

export interface SinkReport {
  /** Hosts the pages asked for or name in their HTML (preconnect and dns-prefetch hints open connections no request shows). */
  byPages: string[];
  /** Chromium's own background calls. */
  byBrowser: string[];
  /** Neither: something nobody recorded tried to leave. */
  unexplained: string[];
}

/**
 * Sorts what reached the sink proxy. Everything the extension does goes through route() and CDP
 * (the canaries prove it), so a request of the extension's never gets this far unseen; this
 * catches anything that bypassed both.
 */
export function explainSinkHits(hits: string[], requests: SeenRequest[], pageHtml: string[]): SinkReport {
  const requested = new Set(requests.filter((r) => !r.byExtension && leavesMachine(r.url)).map((r) => new URL(r.url).host));
  const report: SinkReport = { byPages: [], byBrowser: [], unexplained: [] };
  for (const hit of hits) {
    const host = sinkHost(hit);
    const hostname = host.replace(/:\d+$/, '');
    if (requested.has(host) || pageHtml.some((html) => html.includes(hostname))) report.byPages.push(hit);
    else if (BROWSER_SERVICES.test(hostname)) report.byBrowser.push(hit);
    else report.unexplained.push(hit);
  }
  return report;
}
