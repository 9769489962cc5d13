// The public API of the engine: pure functions over validated data. No Svelte, no DOM, no
// $lib/$app imports, so the same code runs in the browser, in Node and in the tests.
export type * from './types';
export { ANSWER_STATUSES } from './types';
export { ValidationError } from './errors';
export { parseCatalogue } from './catalogue';
export { catalogues, currentCatalogue, findCatalogue } from './catalogues';
export { compareVersions } from './versions';
export { checkAnswers, pointsFor } from './answers';
export { scoreAssessment, type RiskStatus, type TopicScore, type StatementKey } from './scoring';
export { prioritiseActions, type Action } from './actions';
export { deriveStatus, responseFor, type PartStatus, type RequirementResponse } from './responses';
export { migrateAnswers, MigrationError, type MigrationReport, type MigratableAnswers } from './migration';
