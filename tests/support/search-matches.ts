/**
 * What the tests of search hand-off read from a page: the words of its indexed text with where
 * each stands (to find a word first met far down), and the state of the match bar as a reader
 * meets it (which match is current, whether it is on screen and not hidden, what the bar says).
 */
import type { Page } from 'playwright-core';

/** A word of the indexed text and how far down the page its first occurrence is. */
export interface DeepWord {
  word: string;
  /** Page y of the first word that starts with it. */
  firstTop: number;
  /** Words of the indexed text that start with it. */
  count: number;
}

/**
 * Words (letters only, at least `minLength`) of the page's indexed text — `[data-pagefind-body]`
 * without its `data-pagefind-ignore` parts and navigation, compared without case or accents —
 * that occur at least twice, the one first met furthest down first.
 */
export async function deepWords(page: Page, minLength = 6): Promise<DeepWord[]> {
  const words = await page.evaluate(() => {
    // Measured with every block laid out: until a paragraph nears the screen, its height is a guess (content-visibility).
    const whole = document.head.appendChild(document.createElement('style'));
    whole.textContent = '* { content-visibility: visible !important; }';
    const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const found: { word: string; top: number }[] = [];
    for (const body of document.querySelectorAll('[data-pagefind-body]')) {
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
        acceptNode: (node) => (node.parentElement?.closest('[data-pagefind-ignore], nav, script, style') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        for (const match of node.data.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          found.push({ word: fold(match[0]), top: range.getBoundingClientRect().top + scrollY });
        }
      }
    }
    whole.remove();
    return found;
  });
  const candidates = new Set(words.map((w) => w.word).filter((word) => word.length >= minLength && /^\p{L}+$/u.test(word)));
  return [...candidates]
    .map((word) => {
      const starting = words.filter((w) => w.word.startsWith(word));
      return { word, firstTop: starting[0]!.top, count: starting.length };
    })
    .filter((w) => w.count >= 2)
    .sort((a, b) => b.firstTop - a.firstTop);
}

export interface MatchState {
  /** Marks in the page. */
  marks: number;
  /** Index of the current match among them (-1: none). */
  current: number;
  /** The current match is in the viewport and nothing covers the middle of its first line. */
  onScreen: boolean;
  focused: boolean;
  /** The bar's status line. */
  status: string;
}

export function matchState(page: Page): Promise<MatchState> {
  return page.evaluate(() => {
    const marks = [...document.querySelectorAll<HTMLElement>('mark.search-match')];
    const current = document.querySelector<HTMLElement>('mark.search-match-current');
    // Its first line: a match broken over two lines has a bounding box whose middle is not on it.
    const rect = current?.getClientRects()[0];
    const seen = rect && document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    return {
      marks: marks.length,
      current: current ? marks.indexOf(current) : -1,
      onScreen: Boolean(seen && current?.contains(seen)),
      focused: Boolean(current) && document.activeElement === current,
      status: document.querySelector('.match-bar [role="status"]')?.textContent ?? '',
    };
  });
}
