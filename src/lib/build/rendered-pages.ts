/**
 * Pages handed over as Astro renders them, so that the after-build pass can read them on its
 * worker threads while the main thread is still rendering (the second core is otherwise idle
 * then). The engine's middleware (`rendered-page-middleware.ts`) runs in the prerender bundle,
 * another module graph but the same process as the integrations: the hand-over is a function
 * kept on `globalThis` under a registered symbol, set only while a build renders.
 */
const HANDOVER = Symbol.for('research-atlas.rendered-page');

/** Receives one rendered page: its URL path (with the base) and its HTML. */
export type RenderedPageReceiver = (pathname: string, html: string) => void;

export function receiveRenderedPages(receiver: RenderedPageReceiver | undefined): void {
  (globalThis as { [HANDOVER]?: RenderedPageReceiver })[HANDOVER] = receiver;
}

export function renderedPageReceiver(): RenderedPageReceiver | undefined {
  return (globalThis as { [HANDOVER]?: RenderedPageReceiver })[HANDOVER];
}
