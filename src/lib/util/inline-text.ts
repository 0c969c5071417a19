/**
 * Plain text from frontmatter (abstracts) split into paragraphs and emphasis segments.
 * Components render the segments as text, never as HTML, so markup typed into frontmatter
 * shows as the characters typed. `*...*` marks the source's own italics.
 */
import type { TermMatcher } from './term-matcher.ts';

export interface Segment {
  text: string;
  emphasis: boolean;
}

export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
}

export function inlineSegments(paragraph: string): Segment[] {
  const parts = paragraph.split(/\*([^*\n]+)\*/);
  return parts
    .map((text, index) => ({ text, emphasis: index % 2 === 1 }))
    .filter((segment) => segment.text.length > 0);
}

export interface LinkedSegment extends Segment {
  /** The glossary entry this piece of text links to. */
  term?: string;
}

/**
 * Frontmatter text (an abstract) cut into segments, the first mention of each term linked,
 * as the remark plugin does for MDX bodies. `linked` collects the ids.
 */
export function linkTermsInText(paragraph: string, matcher: TermMatcher, seen: Set<string>): LinkedSegment[] {
  return inlineSegments(paragraph).flatMap((segment) => {
    const pieces: LinkedSegment[] = [];
    let cursor = 0;
    for (const match of matcher.matches(segment.text)) {
      if (seen.has(match.id)) continue;
      seen.add(match.id);
      if (match.start > cursor) pieces.push({ ...segment, text: segment.text.slice(cursor, match.start) });
      pieces.push({ ...segment, text: match.text, term: match.id });
      cursor = match.end;
    }
    if (cursor < segment.text.length) pieces.push({ ...segment, text: segment.text.slice(cursor) });
    return pieces;
  });
}
