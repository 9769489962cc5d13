// What the lists (home, clients, a client's page) show of a check, kept beside each check in
// storage and written in the same transaction, so a list reads these small records instead of
// whole checks and its cost does not grow with what the checks hold.
import type { Assessment, AssessmentSummary, ConsultationPhase } from './assessment';
import type { Nis2ResultCategory } from '$lib/engine/nis2';
import { cleanText } from './text';

export interface CheckListing {
	id: string;
	revision: number;
	company: { name: string; seat?: string; industry?: string };
	catalogueVersion: string;
	createdAt: string;
	updatedAt: string;
	/** null for a record stored without one by an older version (computed when listed) */
	summary: AssessmentSummary | null;
	/** rulesId: the rules the category was decided under; another than the current one is stale */
	nis2?: { category: Nis2ResultCategory; recheck: boolean; rulesId?: string };
	clientId?: string;
	previousId?: string;
	consultation?: { phase: ConsultationPhase };
	position?: { topic: string };
}

export function listingOf(a: Assessment): CheckListing {
	const { name, seat, industry } = a.company;
	return {
		id: a.id,
		revision: a.revision,
		company: { name: cleanText(name), ...(seat ? { seat: cleanText(seat) } : {}), ...(industry ? { industry: cleanText(industry) } : {}) },
		catalogueVersion: a.catalogue.version,
		createdAt: a.createdAt,
		updatedAt: a.updatedAt,
		summary: a.summary ?? null,
		...(a.nis2?.result ? { nis2: { category: a.nis2.result.category, recheck: !!a.nis2.recheckFrom || !!a.nis2.revisedFrom, rulesId: a.nis2.rulesId } } : {}),
		...(a.clientId ? { clientId: a.clientId } : {}),
		...(a.previousId ? { previousId: a.previousId } : {}),
		...(a.consultation ? { consultation: { phase: a.consultation.phase } } : {}),
		...(a.position ? { position: { topic: a.position.topic } } : {})
	};
}

/** Newest change first. */
export function byUpdatedDesc(a: { updatedAt: string }, b: { updatedAt: string }): number {
	return b.updatedAt.localeCompare(a.updatedAt);
}
