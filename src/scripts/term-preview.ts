/**
 * Previews: a glossary link (`a.term`) shows its entry's short definition, and a passage number
 * on a study's page (`a.evidence-ref`) the words it quotes from that passage, on hover and on keyboard
 * focus; Escape dismisses it; the preview stays while the pointer is over it. The text comes from
 * the link's description (aria-describedby), which screen readers already announce, so the
 * preview itself is for sighted readers; a definition's preview names its term. It stays in the
 * link's column and above or below the link, never over it. Without JavaScript the link is a plain link.
 */
const tip = document.createElement('div');
tip.className = 'term-preview';
tip.setAttribute('role', 'tooltip');
tip.hidden = true;
document.body.append(tip);

let owner: HTMLElement | null = null;
let timer = 0;

const termOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('a.term, a.evidence-ref') : null);

function show(link: HTMLElement) {
  clearTimeout(timer);
  const definition = document.getElementById(link.getAttribute('aria-describedby') ?? '');
  if (!definition) return;
  owner = link;
  // A passage number shows only the words it names: `data-words="first end"`.
  const words = link.dataset.words;
  if (words) {
    // The passage's words as the source has them: without what the atlas adds, such as [sic].
    const source = definition.cloneNode(true) as HTMLElement;
    for (const added of source.querySelectorAll('[data-editorial]')) added.remove();
    const all = source.textContent!.trim().split(/\s+/);
    tip.textContent = words
      .split(';')
      .map((span) => `“${all.slice(...span.split(' ').map(Number)).join(' ')}”`)
      .join(' … ');
  } else {
    // A definition's preview names its term first; a passage's is the passage.
    const term = definition.dataset.term;
    const name = document.createElement('strong');
    name.textContent = term ?? '';
    tip.replaceChildren(...(term ? [name, ' '] : []), definition.textContent ?? '');
  }
  const lang = definition.closest<HTMLElement>('[lang]')?.lang;
  if (words && lang) tip.lang = lang;
  else tip.removeAttribute('lang');
  tip.hidden = false;
  const box = link.getBoundingClientRect();
  // Within the link's own column: never over the contents beside it.
  const column = (link.closest('article > *, main > *') ?? document.body).getBoundingClientRect();
  const left = Math.max(8, column.left);
  const right = Math.min(innerWidth - 8, Math.max(column.right, left + 240));
  const width = Math.min(352, right - left);
  tip.style.width = `${width}px`;
  tip.style.left = `${scrollX + Math.max(left, Math.min(box.left, right - width))}px`;
  const below = box.bottom + 8 + tip.offsetHeight < innerHeight || box.top < tip.offsetHeight + 8;
  tip.style.top = `${scrollY + (below ? box.bottom + 6 : box.top - tip.offsetHeight - 6)}px`;
}

function hide() {
  tip.hidden = true;
  owner = null;
}

addEventListener('focusin', (event) => {
  const link = termOf(event.target);
  link ? show(link) : hide();
});
addEventListener('focusout', (event) => {
  if (!termOf(event.relatedTarget)) hide();
});
addEventListener('mouseover', (event) => {
  const link = termOf(event.target);
  if (link) show(link);
  else if (tip.contains(event.target as Node)) clearTimeout(timer);
  else if (owner) timer = window.setTimeout(hide, 300);
});
addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !tip.hidden) hide();
});
