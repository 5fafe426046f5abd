// The marks on a page counted per entity, for the popup's list ("NVIDIA 2, CUDA 1").
import type { PageMark } from './mark-registry.ts';

export interface MarkCount {
  entity: string;
  name: string;
  family: string;
  count: number;
}

/** One count per entity, in the order the entities first occur; `names` gives display names. */
export function countMarks(marks: readonly PageMark[], names: Pick<ReadonlyMap<string, string>, 'get'>): MarkCount[] {
  const counts = new Map<string, MarkCount>();
  for (const m of marks) {
    const c = counts.get(m.entity) ?? { entity: m.entity, name: names.get(m.entity) ?? m.entity, family: m.family, count: 0 };
    c.count++;
    counts.set(m.entity, c);
  }
  return [...counts.values()];
}
