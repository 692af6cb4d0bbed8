// Class and data changes that touch only the elements whose value changes, and the visible elements, done the
// cheap way. Cytoscape's toggleClass and data cost tens of µs per element even when nothing changes (events,
// style dirtying): over the 42,000 elements of the twin list's overview a pass changing nothing took a second.
import type { SingularElementArgument } from 'cytoscape';

interface Classed {
  hasClass(cls: string): boolean;
  toggleClass(cls: string, on?: boolean): unknown;
}

/** Gives every element of `eles` the class `cls` exactly when `on` says so. Call inside cy.batch. */
export function setClass<E extends Classed>(eles: { forEach(f: (ele: E) => void): unknown }, cls: string, on: (ele: E) => boolean): void {
  eles.forEach((e) => {
    const want = on(e);
    if (want !== e.hasClass(cls)) e.toggleClass(cls, want);
  });
}

/** Sets the data fields of `ele` that differ from `values`. */
export function setData(ele: SingularElementArgument, values: Record<string, unknown>): void {
  const changed = Object.entries(values).filter(([k, v]) => ele.data(k) !== v);
  if (changed.length > 0) ele.data(Object.fromEntries(changed));
}

/**
 * The elements the filters leave visible (not `filtered`). A function filter: Cytoscape's `.not('.filtered')`
 * matches a selector and then subtracts a collection, five to eight times slower at overview scale.
 */
export function shown<C extends { filter(f: (ele: Classed) => boolean): C }>(eles: C): C {
  return eles.filter((e) => !e.hasClass('filtered'));
}
