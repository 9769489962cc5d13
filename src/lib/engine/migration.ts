// Carries a check answered against an older catalogue version over to a newer one, only
// through the explicit mappings the newer catalogues declare (migratesFrom). Every step is
// reported, so the user can be told what changed; nothing is guessed.
import { compareVersions } from './versions';
import type { RequirementResponse } from './responses';
import type { Catalogue } from './types';

export interface MigratableAnswers {
	responses: Record<string, RequirementResponse>;
	notes: Record<string, string>;
}

export interface MigrationReport {
	from: string;
	to: string;
	/** old ids whose requirement no longer exists; their responses and notes are dropped */
	dropped: string[];
	/** new ids whose meaning changed: the old response is dropped, the note kept */
	reanswer: string[];
	/** old id -> new id where the number changed */
	renumbered: Record<string, string>;
}

export class MigrationError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'MigrationError';
	}
}

/**
 * Migrates responses and notes from catalogue version `from` to `target`, stepping through
 * every version in between. Throws a MigrationError when a step has no declared mapping.
 */
export function migrateAnswers(
	catalogues: readonly Catalogue[],
	from: string,
	target: Catalogue,
	data: MigratableAnswers
): { data: MigratableAnswers; report: MigrationReport } {
	const report: MigrationReport = { from, to: target.version, dropped: [], reanswer: [], renumbered: {} };
	if (compareVersions(from, target.version) > 0) {
		throw new MigrationError(`Version ${from} is newer than ${target.version}: this app is too old to open it.`);
	}
	const steps = catalogues
		.filter((c) => c.id === target.id && compareVersions(c.version, from) > 0 && compareVersions(c.version, target.version) <= 0)
		.sort((a, b) => compareVersions(a.version, b.version));

	let current = from;
	let { responses, notes } = data;
	// old id of each current id, to report renumbering against the original numbers
	let origin: Record<string, string> = Object.fromEntries(Object.keys({ ...responses, ...notes }).map((id) => [id, id]));
	for (const step of steps) {
		const mapping = step.migratesFrom?.find((declared) => declared.version === current);
		if (!mapping) {
			throw new MigrationError(`Catalogue ${step.version} declares no migration from ${current}.`);
		}
		const nextResponses: Record<string, RequirementResponse> = {};
		const nextNotes: Record<string, string> = {};
		const nextOrigin: Record<string, string> = {};
		for (const oldId of new Set([...Object.keys(responses), ...Object.keys(notes)])) {
			// An id the mapping does not mention keeps its number.
			const newId = oldId in mapping.requirements ? mapping.requirements[oldId] : oldId;
			if (newId === null || newId === undefined || !step.requirements.some((r) => r.id === newId)) {
				report.dropped.push(origin[oldId] ?? oldId);
				continue;
			}
			if (newId in nextOrigin) {
				throw new MigrationError(`Catalogue ${step.version} maps two requirements onto ${newId}.`);
			}
			nextOrigin[newId] = origin[oldId] ?? oldId;
			if (oldId in notes) nextNotes[newId] = notes[oldId]!;
			if (oldId in responses && !(mapping.reanswer ?? []).includes(newId)) nextResponses[newId] = responses[oldId]!;
			else if (oldId in responses) report.reanswer.push(newId);
		}
		responses = nextResponses;
		notes = nextNotes;
		origin = nextOrigin;
		current = step.version;
	}
	if (current !== target.version) {
		throw new MigrationError(`No migration path from ${from} to ${target.version}.`);
	}
	for (const [newId, oldId] of Object.entries(origin)) if (newId !== oldId) report.renumbered[oldId] = newId;
	return { data: { responses, notes }, report };
}
