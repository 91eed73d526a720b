/** The @id of every node in a JSON-LD graph, and every reference (an object holding only an @id) to one. */
export function idsAndReferences(graph: unknown): { ids: Set<string>; refs: string[] } {
  const ids = new Set<string>();
  const refs: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== 'object') return;
    const id = (value as Record<string, unknown>)['@id'];
    if (typeof id === 'string' && Object.keys(value).length === 1) refs.push(id);
    else {
      if (typeof id === 'string') ids.add(id);
      Object.values(value).forEach(walk);
    }
  };
  walk(graph);
  return { ids, refs };
}
