/**
 * Registers the service worker and shows, in the footer, whether the atlas is available
 * offline; offers to save it when it is too large to store automatically, and to reload when a
 * new version is waiting.
 */
import { offlineStrings as strings } from '../i18n/browser.ts';
import { SERVICE_WORKER } from '../lib/util/output-files.ts';

/** "2.5" in English, "2,5" in Indonesian. Made only when needed: a first Intl formatter costs the page's load tens of milliseconds. */
const megabytes = (value: number) => new Intl.NumberFormat(__ATLAS_LOCALE__, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
const box = document.querySelector<HTMLElement>('[data-offline-status]');
/** The base with both slashes (browser-scripts-integration.ts defines BASE_URL so). */
const base = import.meta.env.BASE_URL;

interface Status {
  type: 'status';
  saved: boolean;
  bytes: number;
  automatic: boolean;
}

function show(text: string, action?: { label: string; run: () => void }) {
  if (!box) return;
  const message = document.createElement('span');
  message.textContent = text;
  box.replaceChildren(message);
  if (action) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = action.label;
    button.addEventListener('click', action.run, { once: true });
    box.append(' ', button);
  }
  box.hidden = false;
}

if (box && 'serviceWorker' in navigator) {
  const container = navigator.serviceWorker;
  let reloading = false;
  // Once a new version waits, its offer stays: a status reply arriving later must not replace it.
  let updateOffered = false;
  const askStatus = () => container.controller?.postMessage({ type: 'status' });
  const offerUpdate = (worker: ServiceWorker) => {
    updateOffered = true;
    show(strings.update, {
      label: strings.reload,
      run: () => {
        reloading = true;
        worker.postMessage({ type: 'skip-waiting' });
      },
    });
  };

  container.addEventListener('message', (event: MessageEvent<Status | { type: 'save-failed' }>) => {
    const data = event.data;
    if (updateOffered) return;
    if (data.type === 'save-failed') return show(strings.saveFailed);
    if (data.type !== 'status') return;
    if (data.saved) return show(strings.ready);
    if (!data.automatic) {
      show(strings.save(megabytes(data.bytes / 1024 / 1024)), {
        label: strings.saveButton,
        run: () => {
          show(strings.saving);
          container.controller?.postMessage({ type: 'save-all' });
        },
      });
    }
  });
  container.addEventListener('controllerchange', () => (reloading ? location.reload() : askStatus()));

  container
    .register(`${base}${SERVICE_WORKER}`, { scope: base })
    .then((registration) => {
      if (registration.waiting && container.controller) offerUpdate(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed' && container.controller) offerUpdate(worker);
        });
      });
      askStatus();
    })
    .catch(() => undefined);
}
