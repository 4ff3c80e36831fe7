import type { CheckRole, Provenance } from './schema';

export interface Label {
  method: Provenance['method'];
  /** Written from the IOM sources, or translated from the French page. */
  origin: 'written' | 'translated';
  /** The check that covers the page as it is now, if any. */
  current?: { by: CheckRole; name?: string | undefined; date: Date };
  /** The latest check, when it was made on an earlier version of the page. */
  earlier?: { by: CheckRole; name?: string | undefined; date: Date };
}

/**
 * What a page's provenance line says, from its record and its body hash today: a check counts
 * only for the version it was made on.
 *
 * @example label({ method: 'machine-assisted', checked: [] }, 'abc', false) // { method: 'machine-assisted', origin: 'written' }
 */
export function label(record: Provenance, bodyHash: string, translated: boolean): Label {
  const latest = (list: Provenance['checked']) =>
    [...list].sort((a, b) => b.date.getTime() - a.date.getTime())[0];
  const current = latest(record.checked.filter((c) => c.version === bodyHash));
  const earlier = current ? undefined : latest(record.checked);
  return {
    method: record.method,
    origin: translated ? 'translated' : 'written',
    ...(current && { current: { by: current.by, name: current.name, date: current.date } }),
    ...(earlier && { earlier: { by: earlier.by, name: earlier.name, date: earlier.date } }),
  };
}
