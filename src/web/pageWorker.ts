/**
 * The page's service worker (dist/page-sw.js). Scope: index.html only (registerPageWorker.ts), so it controls
 * the web page and never the add-in's pages. On install it caches the page and the files it loads — the list
 * `PAGE_FILES` the build writes in (scripts/webPagePlugin.ts), never taskpane.html, functions.js or the
 * manifests; it answers only requests for those files, from the cache (the page network-first, so a new
 * build is picked up online), and lets everything else through untouched. A new build has a new cache name;
 * older caches of the page are deleted when it activates.
 */

/** The parts of the service-worker API used here (the project's TypeScript lib is the DOM's, not the worker's). */
interface WaitEvent extends Event {
  waitUntil(work: Promise<unknown>): void;
}
interface PageFetchEvent extends WaitEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  readonly location: Location;
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: WaitEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: PageFetchEvent) => void): void;
}
const sw = globalThis as unknown as WorkerScope;
/** Written by the build: the files of the page, relative to this worker. */
declare const PAGE_FILES: readonly string[];
/** Written by the build: a hash of the files' names (changes with every build that changes them). */
declare const PAGE_BUILD: string;

const PREFIX = 'blocrank-page-';
const CACHE = `${PREFIX}${PAGE_BUILD}`;
const base = new URL('./', sw.location.href);
const page = new URL('index.html', base).href;
const files = new Set(PAGE_FILES.map((f) => new URL(f, base).href));

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll([...files]))
      .then(() => sw.skipWaiting()),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => sw.clients.claim()),
  );
});

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  url.search = '';
  url.hash = '';
  if (request.mode === 'navigate' && url.href === page) {
    // The page: the network first (a new build), the cached copy offline.
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            void caches.open(CACHE).then((cache) => cache.put(page, copy));
          }
          return response;
        })
        .catch(() => caches.match(page, { cacheName: CACHE }).then((hit) => hit ?? Response.error())),
    );
    return;
  }
  if (!files.has(url.href)) return;
  // Hashed assets: the cache first.
  event.respondWith(caches.match(url.href, { cacheName: CACHE }).then((hit) => hit ?? fetch(request)));
});

export {};
