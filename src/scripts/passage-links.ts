/**
 * Wires the passage highlighter to a page (the web page's loader and the downloaded copy's):
 * an evidence link that arrives in a browser that does not highlight text fragments itself, and
 * a passage number followed on a study's page, load it and mark the quoted words.
 */
export function wirePassageLinks(highlighter: () => Promise<typeof import('./passage-highlight.ts')>): void {
  if (!('fragmentDirective' in document)) {
    const highlight = () => location.hash.includes(':~:text=') && highlighter().then(({ highlightPassage }) => highlightPassage());
    highlight();
    addEventListener('hashchange', highlight);
  }
  document.addEventListener('click', (event) => {
    const ref = (event.target as Element).closest?.<HTMLElement>('a.evidence-ref');
    if (ref) void highlighter().then(({ highlightWords }) => highlightWords(ref));
  });
}
