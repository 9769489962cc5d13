// The DIN SPEC 27076 part of the engine: scoring, prioritisation, migrations. Pages import this
// (or ./nis2) rather than the index, so that a DIN page does not carry the NIS-2 engine, and no
// page carries the bundled catalogue files: the app loads those through src/lib/content/.
export type * from './types';
export { ANSWER_STATUSES } from './types';
export { ValidationError } from './errors';
export { parseCatalogue } from './catalogue';
export { compareVersions } from './versions';
export { checkAnswers, pointsFor } from './answers';
export { scoreAssessment, type RiskStatus, type TopicScore, type StatementKey } from './scoring';
export { prioritiseActions, type Action } from './actions';
export { applicableParts, deriveStatus, isUnknown, responseFor, type PartStatus, type RequirementResponse, type YesNoUnknown } from './responses';
export { migrateAnswers, MigrationError, type MigrationReport, type MigratableAnswers } from './migration';
export { nis2Coverage, type MeasureCoverage } from './nis2-coverage';
export { compareAssessments, type Comparison, type TopicChange, type StatusChange } from './comparison';
export {
	applicableQuestions,
	effectiveAnswer,
	measureActions,
	measureState,
	measureStates,
	prefillMeasures,
	type Measure,
	type MeasureAction,
	type MeasureCatalogue,
	type MeasureGap,
	type MeasurePrefill,
	type MeasureQuestion,
	type MeasureSource,
	type MeasureState,
	type MeasureStatus,
	type MeasureValue,
	type StoredMeasureAnswer
} from './nis2-measures';
export { checkMeasuresFile, localiseMeasures, type MeasuresFile } from './nis2-measures-parse';
