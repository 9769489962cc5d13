// Consultations for tests: one worked out by hand, and random ones with every optional field
// (participants, interview start, qualification) for the round-trip and property tests.
import fc from 'fast-check';
import { CONSULTATION_PHASES, PARTICIPANT_ROLES, type Consultation, type Participant, type ProviderSnapshot } from '$lib/model/assessment';
import { PARTICIPANT_NAME_MAX_LENGTH, PARTICIPANTS_MAX, PROVIDER_TEXT_MAX_LENGTH } from '$lib/model/limits';

export const PROVIDER: ProviderSnapshot = {
	company: 'IT-Service Nord GmbH',
	consultant: 'Jana Berg',
	contact: 'jana@example.org',
	qualification: 'Zertifizierte Beraterin DIN SPEC 27076, IHK'
};

/**
 * A consultation in its report phase: the interview started on 26 November 2026 at 09:00 UTC
 * and ran 1 h 25 min (5,100,000 ms); the managing director and the IT lead took part.
 */
export function makeConsultation(overrides: Partial<Consultation> = {}): Consultation {
	return {
		provider: PROVIDER,
		phase: 'report',
		checklist: { flow: true },
		elapsedMs: (60 + 25) * 60_000,
		runningSince: null,
		clarify: [],
		startedAt: '2026-11-26T09:00:00.000Z',
		participants: [
			{ name: 'Anna Schulz', role: 'management' },
			{ name: 'Tom Beck', role: 'it' }
		],
		...overrides
	};
}

/** Text without leading or trailing spaces and without characters the app cleans away. */
const name = (max: number) =>
	fc
		.string({ unit: fc.constantFrom('a', 'b', 'e', 'ä', 'ö', 'ß', 'X', ' ', '-', '.', '/', '&', '„', '“', '👩‍💻'), minLength: 1, maxLength: max })
		.map((s) => s.trim())
		.filter((s) => s.length > 0);

export const participantArb: fc.Arbitrary<Participant> = fc.record({
	name: fc.oneof(name(40), fc.constant('x'.repeat(PARTICIPANT_NAME_MAX_LENGTH))),
	role: fc.constantFrom(...PARTICIPANT_ROLES)
});

/** Any valid consultation, the new optional fields present or missing (as in older records). */
export const consultationArb: fc.Arbitrary<Consultation> = fc
	.record(
		{
			phase: fc.constantFrom(...CONSULTATION_PHASES),
			elapsedMs: fc.integer({ min: 0, max: 1_000_000_000 }),
			startedAt: fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString()),
			participants: fc.array(participantArb, { minLength: 1, maxLength: PARTICIPANTS_MAX }),
			qualification: fc.oneof(name(60), fc.constant('q'.repeat(PROVIDER_TEXT_MAX_LENGTH))),
			management: fc.boolean()
		},
		{ requiredKeys: ['phase', 'elapsedMs', 'management'] }
	)
	.map(({ qualification, management, ...rest }) => ({
		provider: { company: 'IT-Service Nord GmbH', consultant: 'Jana Berg', ...(qualification !== undefined ? { qualification } : {}) },
		checklist: { management },
		runningSince: null,
		clarify: [],
		...rest
	}));
