/**
 * The study filter of the timeline and compare pages works without JavaScript: its checkboxes
 * (`name="study"`, valued by slug) and the elements it narrows (`data-studies`: the slugs each
 * belongs to) are tied by one CSS rule, made here because the slugs are the atlas's.
 */

/** Hides every element of no ticked study while any box is ticked; with none ticked, all show. */
export function studyFilterRule(slugs: readonly string[]): string {
  const ticked = (slug: string) => `main:has([data-study-filter] input[value="${slug}"]:checked) [data-studies~="${slug}"]`;
  return `main:has([data-study-filter] input:checked) [data-studies]:not(${slugs.map(ticked).join(',')}){display:none}`;
}
