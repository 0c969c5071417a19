/**
 * Plain text from frontmatter (abstracts) split into paragraphs and emphasis segments.
 * Components render the segments as text, never as HTML, so markup typed into frontmatter
 * shows as the characters typed. `*...*` marks the source's own italics.
 */
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

export function segments(paragraph: string): Segment[] {
  const parts = paragraph.split(/\*([^*\n]+)\*/);
  return parts
    .map((text, index) => ({ text, emphasis: index % 2 === 1 }))
    .filter((segment) => segment.text.length > 0);
}
