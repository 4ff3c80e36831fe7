/**
 * Starlight's page template always loads a script that writes the sidebar's state to
 * sessionStorage when the page is hidden (`sl-sidebar-state`). On a phone that others may
 * look at, we keep nothing: this Vite plugin swaps that one module for an empty one, without
 * forking Starlight. The sidebar itself works as before; it just forgets.
 *
 * @returns {import('vite').Plugin}
 */
export default function noSidebarMemory() {
  const empty = '\0no-sidebar-memory';
  return {
    name: 'no-sidebar-memory',
    enforce: 'pre',
    resolveId(id) {
      return /components-internals\/SidebarPersistState(\.[jt]s)?$/.test(id) ? empty : null;
    },
    load(id) {
      return id === empty ? 'export {};' : null;
    },
  };
}
