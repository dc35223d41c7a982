/** Name of the page's service worker in dist/ (served with no long cache: see docs/DEPLOY.md). */
export const PAGE_WORKER = 'page-sw.js';

/**
 * Registers the page's service worker with the page itself as its scope (`./index.html`): the add-in's
 * pages (taskpane.html, functions.js, the manifests) are outside it, never controlled nor cached. The
 * directory URL (`…/`) is rewritten to `…/index.html` first, so the address a clerk bookmarks is the one
 * the worker serves offline. Does nothing where service workers are unavailable (http, private modes).
 */
export function registerPageWorker(win: Window = window): void {
  const { location, history, navigator } = win;
  if (location.pathname.endsWith('/')) history.replaceState(null, '', `${location.pathname}index.html${location.search}${location.hash}`);
  if (!('serviceWorker' in navigator)) return;
  const register = () => navigator.serviceWorker.register(`./${PAGE_WORKER}`, { scope: './index.html' }).catch(() => undefined);
  if (document.readyState === 'complete') void register();
  else win.addEventListener('load', () => void register(), { once: true });
}
