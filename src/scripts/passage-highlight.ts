/**
 * Marks the quoted words in a passage of a study's text: for an evidence link on another page in
 * a browser without text fragments (`#p-…:~:text=…`), and for a passage number followed on the
 * study's own page (`a.evidence-ref`, which names the words by position). Loaded by the inline
 * search loader only when one of these asks for it.
 */

/**
 * The passage's words as the source has them (what the atlas adds, `[data-editorial]` such as a
 * `[sic]` mark, left out), runs of white space as one space, and where each character came from.
 */
function textOf(passage: HTMLElement): { text: string; origin: [Text, number][] } {
  passage.normalize();
  const walker = document.createTreeWalker(passage, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('[data-editorial]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  let text = '';
  const origin: [Text, number][] = [];
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    for (let i = 0; i < node.data.length; i += 1) {
      const space = /\s/.test(node.data[i]!);
      if (space && (text === '' || text.endsWith(' '))) continue;
      text += space ? ' ' : node.data[i];
      origin.push([node, i]);
    }
  }
  return { text, origin };
}

function clearMarks(): void {
  for (const old of document.querySelectorAll('mark.passage-mark')) old.replaceWith(...old.childNodes);
}

/** Wraps characters `from` to `to` (exclusive) of the passage's text in a mark. */
function mark(from: number, to: number, origin: [Text, number][]): HTMLElement | undefined {
  if (from < 0 || to <= from) return undefined;
  const range = document.createRange();
  range.setStart(...origin[from]!);
  range.setEnd(origin[to - 1]![0], origin[to - 1]![1] + 1);
  const highlight = document.createElement('mark');
  highlight.className = 'passage-mark';
  highlight.append(range.extractContents());
  range.insertNode(highlight);
  return highlight;
}

/**
 * A text fragment's words in its passage (`prefix-,start,end,-suffix`: the context only tells
 * the browser which match is meant). Browsers that know text fragments remove the directive
 * from `location.hash`; `hash` is the address's fragment as another browser keeps it.
 */
export function highlightPassage(hash = location.hash): void {
  const [rawId = '', directive = ''] = hash.slice(1).split(':~:text=');
  const passage = document.getElementById(decodeURIComponent(rawId));
  if (!passage) return;
  const parts = directive.split(',').filter((part) => part && !part.endsWith('-') && !part.startsWith('-'));
  const [start = '', end] = parts.map((part) => decodeURIComponent(part).trim());
  clearMarks();
  const { text, origin } = textOf(passage);
  const from = start ? text.indexOf(start) : -1;
  const until = from < 0 ? -1 : end ? text.indexOf(end, from + start.length) : from;
  mark(from, until < 0 ? -1 : end ? until + end.length : from + start.length, origin)?.scrollIntoView({ block: 'center' });
}

/** The words a passage number names (`data-words="first end;first end"`), in the passage it links to. */
export function highlightWords(ref: HTMLElement): void {
  // A link to a whole passage (an editorial note's) names no words: the passage's outline is enough.
  if (!ref.dataset.words) return;
  const passage = document.getElementById(ref.getAttribute('href')!.slice(1));
  if (!passage) return;
  clearMarks();
  const spans = (ref.dataset.words ?? '').split(';').map((span) => span.split(' ').map(Number) as [number, number]);
  let first: HTMLElement | undefined;
  // From the last quote back: each mark splits the text, so the positions are read again.
  for (const [from, end] of spans.reverse()) {
    const { text, origin } = textOf(passage);
    const starts = [0, ...[...text.matchAll(/ /g)].map((space) => space.index + 1)];
    first = mark(starts[from] ?? -1, end < starts.length ? starts[end]! - 1 : text.length, origin) ?? first;
  }
  first?.scrollIntoView({ block: 'center' });
}
