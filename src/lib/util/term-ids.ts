/** The id of the element that holds a glossary term's short definition on a page (for `aria-describedby`). */
export const definitionElementId = (id: string) => `term-def-${id}`;
