/**
 * List items and their own markers: "a.", "b)", "1.", "2)", "(iii)", "•". The draft writes
 * them as a bulleted list whose items start with the marker as written (`- a. …`), which the
 * study page shows with the source's markers.
 */
export interface ListItem {
  /** The marker as written, e.g. "a." or "(2)". */
  marker: string;
  /** The item's text after the marker. */
  rest: string;
}

const MARKER = /^((?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]|\((?:[a-z]|\d{1,2}|[ivx]{1,4})\)|[•●▪◦‣·–-])\s+(\S.*)$/i;

export function listItem(text: string): ListItem | undefined {
  const match = MARKER.exec(text);
  if (!match) return undefined;
  const marker = match[1]!;
  // "A." and "I." followed by a sentence are usually initials or headings, not list items.
  if (/^[A-Z]\.$/.test(marker) && /^[A-Z][a-z]+\s[A-Z]/.test(match[2]!)) return undefined;
  return { marker, rest: match[2]! };
}

/** The number or letter of a marker, to tell runs of items ("1.", "2.") from lone numbered headings. */
export function ordinal(marker: string): number | undefined {
  const core = marker.replace(/[().]/g, '');
  if (/^\d+$/.test(core)) return Number(core);
  if (/^[a-z]$/i.test(core)) return core.toLowerCase().charCodeAt(0) - 96;
  return undefined;
}
