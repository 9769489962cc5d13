// Builds small catalogues for tests, so each test states only what it depends on.
import type { Catalogue, CostLevel, Effort, Requirement, Text } from '$lib/engine';

export const text = (s: string): Text => ({ de: `${s} (de)`, en: `${s} (en)` });

export interface RequirementSpec {
	id: string;
	topic?: string;
	top?: boolean;
	precondition?: boolean;
	effort?: Effort;
	cost?: CostLevel;
	parts?: number;
}

export function makeRequirement(spec: RequirementSpec): Requirement {
	return {
		id: spec.id,
		topic: spec.topic ?? 't1',
		top: spec.top ?? false,
		title: text(`Requirement ${spec.id}`),
		parts: Array.from({ length: spec.parts ?? 1 }, (_, i) => ({
			id: String.fromCharCode(97 + i),
			question: text(`Question ${spec.id}${String.fromCharCode(97 + i)}`)
		})),
		why: text('why'),
		recommendation: { summary: text('do it'), steps: [text('one'), text('two'), text('three')] },
		effort: spec.effort ?? 'medium',
		cost: { level: spec.cost ?? 'low', hint: text('cost') },
		...(spec.precondition ? { precondition: { question: text(`Applies ${spec.id}?`) } } : {}),
		nis2: ['a']
	};
}

export function makeCatalogue(requirements: RequirementSpec[], overrides: Partial<Catalogue> = {}): Catalogue {
	const topicIds = [...new Set(requirements.map((r) => r.topic ?? 't1'))];
	return {
		id: 'test-catalogue',
		version: '2000.1',
		published: '2000-01-01',
		source: { designation: 'TEST', title: text('Test'), edition: '2000', published: '2000-01-01', publisher: 'Test' },
		paraphraseNote: text('paraphrase'),
		scoring: { points: { top: { fulfilled: 3, notFulfilled: -3 }, regular: { fulfilled: 1, notFulfilled: 0 } }, floor: 0 },
		statements: { maximum: text('max'), allTop: text('all top'), topOpen: text('top open') },
		topics: topicIds.map((id, i) => ({ id, number: i + 1, title: text(id), summary: text(id) })),
		requirements: requirements.map(makeRequirement),
		...overrides
	};
}
