/**
 * The persona builder's views besides the list: one persona's form and card, a comparison, and a persona opened
 * from a share link. Loaded by PersonaBuilder.tsx when one of them opens, or while the page is idle before that
 * (see shared/deferred-module.ts), so the list's first script stays small.
 */
export { ComparePersonas } from './ComparePersonas';
export { PersonaEditor } from './PersonaEditor';
export { SharedPersona } from './SharedPersona';
