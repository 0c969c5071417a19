/**
 * Labels of the glossary ids used in study frontmatter. Until the glossary collection exists,
 * `src/content/terms.json` is the list of known ids; the content check rejects any other.
 */
import terms from '../content/terms.json';

const labels: Record<string, string> = terms;

export function termLabel(id: string): string {
  const label = labels[id];
  if (label === undefined) throw new Error(`Unknown glossary id "${id}": the content check should have stopped the build`);
  return label;
}
