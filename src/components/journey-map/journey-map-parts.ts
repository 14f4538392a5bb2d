/**
 * The open map's views and editors: its details, canvas and table, emotion curve, stage editor, opportunities,
 * and the ways to keep, share and export it. Loaded by JourneyMapBuilder.tsx once a map is open, or while the
 * page is idle before that (see shared/deferred-module.ts): a first visit, which starts with the new-map form,
 * does not load them with the page.
 */
export { getEmotionCurves } from '../../lib/journey/emotion-curve';
export { PictureExportButtons } from '../shared/PictureExportButtons';
export { EmotionCurveChart } from './EmotionCurveChart';
export { JourneyCanvas } from './JourneyCanvas';
export { JourneyMapEditConflict } from './JourneyMapEditConflict';
export { JourneyTable } from './JourneyTable';
export { KeepShareExport } from './KeepShareExport';
export { MapDetails } from './MapDetails';
export { OpportunityBacklog } from './OpportunityBacklog';
export { SaveStatus } from './SaveStatus';
export { StageEditor } from './StageEditor';
