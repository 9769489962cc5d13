// Semantic checks of a catalogue that a JSON Schema cannot express (references between
// topics and requirements, unique ids, point rules that keep scoring monotonic). The schema
// itself is checked at build time and in the tests (scripts/validate-questions.js).
import { ValidationError } from './errors';
import type { Catalogue } from './types';

function duplicates(values: string[]): string[] {
	return [...new Set(values.filter((value, index) => values.indexOf(value) !== index))];
}

export function parseCatalogue(data: unknown, name = 'catalogue'): Catalogue {
	if (!data || typeof data !== 'object' || Array.isArray(data)) {
		throw new ValidationError(name, ['/: must be an object']);
	}
	const catalogue = data as Catalogue;
	const problems: string[] = [];
	const need = (ok: boolean, message: string) => {
		if (!ok) problems.push(message);
	};
	need(typeof catalogue.id === 'string' && catalogue.id.length > 0, '/id: must be a non-empty string');
	need(typeof catalogue.version === 'string' && catalogue.version.length > 0, '/version: must be a non-empty string');
	if (!Array.isArray(catalogue.topics) || !Array.isArray(catalogue.requirements) || !catalogue.scoring?.points) {
		problems.push('/: needs topics, requirements and scoring');
		throw new ValidationError(name, problems);
	}

	const topicIds = catalogue.topics.map((t) => t.id);
	for (const id of duplicates(topicIds)) problems.push(`/topics: topic id "${id}" is used twice`);
	catalogue.topics.forEach((topic, i) => {
		need(topic.number === i + 1, `/topics/${i}/number: must be ${i + 1} (topics are numbered in order)`);
		need(
			catalogue.requirements.some((r) => r.topic === topic.id),
			`/topics/${i}: topic "${topic.id}" has no requirement`
		);
	});

	const requirementIds = catalogue.requirements.map((r) => r.id);
	for (const id of duplicates(requirementIds)) problems.push(`/requirements: requirement id "${id}" is used twice`);
	let lastTopicIndex = 0;
	catalogue.requirements.forEach((requirement, i) => {
		const topicIndex = topicIds.indexOf(requirement.topic);
		need(topicIndex >= 0, `/requirements/${i}/topic: unknown topic "${requirement.topic}"`);
		// Requirements are listed topic by topic, so the questionnaire can walk them in order.
		need(topicIndex < 0 || topicIndex >= lastTopicIndex, `/requirements/${i}: listed after a later topic`);
		lastTopicIndex = Math.max(lastTopicIndex, topicIndex);
		need(typeof requirement.top === 'boolean', `/requirements/${i}/top: must be true or false`);
		need(Array.isArray(requirement.parts) && requirement.parts.length > 0, `/requirements/${i}/parts: needs at least one part`);
		for (const id of duplicates((requirement.parts ?? []).map((p) => p.id))) {
			problems.push(`/requirements/${i}/parts: part id "${id}" is used twice`);
		}
	});

	for (const cls of ['top', 'regular'] as const) {
		const points = catalogue.scoring.points[cls];
		// Fulfilling a requirement must never lower the score.
		need(
			Number.isInteger(points?.fulfilled) && Number.isInteger(points?.notFulfilled) && points.fulfilled > points.notFulfilled,
			`/scoring/points/${cls}: "fulfilled" must be an integer above "notFulfilled"`
		);
	}
	need(Number.isInteger(catalogue.scoring.floor), '/scoring/floor: must be an integer');

	(catalogue.migratesFrom ?? []).forEach((migration, i) => {
		for (const [from, to] of Object.entries(migration.requirements)) {
			need(to === null || requirementIds.includes(to), `/migratesFrom/${i}/requirements/${from}: unknown target "${to}"`);
		}
		(migration.reanswer ?? []).forEach((id, j) => {
			need(requirementIds.includes(id), `/migratesFrom/${i}/reanswer/${j}: unknown requirement "${id}"`);
		});
	});

	if (problems.length > 0) throw new ValidationError(name, problems);
	return catalogue;
}
