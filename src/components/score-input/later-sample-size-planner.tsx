/**
 * The sample-size planner as the score calculators place it: rendered in full by the server, its code fetched as
 * the calculator hydrates, and the planner hydrated when it arrives (see shared/hydrate-later.tsx), so the
 * calculator's first script leaves it out.
 */
import { deferModule } from '../shared/deferred-module.ts';
import { hydrateLater } from '../shared/hydrate-later.tsx';

export const samplePlannerModule = deferModule(() => import('./SampleSizePlanner.tsx'));

export const LaterSampleSizePlanner = hydrateLater(
  samplePlannerModule,
  (module) => module.SampleSizePlanner,
  import.meta.env.SSR ? (await import('./SampleSizePlanner.tsx')).SampleSizePlanner : null,
);
