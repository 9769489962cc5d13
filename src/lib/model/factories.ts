// New records: a check, a consultation, a re-assessment, a client.
import type { Catalogue } from '$lib/engine/din';
import type { Assessment, Client, Company, Consultation, ProviderSnapshot } from './assessment';
import { withDerived } from './derive';
import { newId } from './ids';

export function newAssessment(company: Company, catalogue: Catalogue, now = new Date()): Assessment {
	const stamp = now.toISOString();
	return withDerived(catalogue, {
		id: newId(),
		company,
		catalogue: { id: catalogue.id, version: catalogue.version },
		responses: {},
		answers: {},
		notes: {},
		createdAt: stamp,
		updatedAt: stamp,
		revision: 1
	});
}

/** A consultation starts in its information phase with the interview clock at zero. */
export function newConsultation(provider: ProviderSnapshot): Consultation {
	return { provider, phase: 'information', checklist: {}, elapsedMs: 0, runningSince: null, clarify: [] };
}

/**
 * A re-assessment: a new check that starts from an earlier one (already under `catalogue`, see
 * model/upgrade.ts). Its answers are copied as a starting point and marked "to be confirmed";
 * the action plan is carried over; notes are not, since they describe the earlier state.
 */
export function newReassessment(previous: Assessment, catalogue: Catalogue, options: { provider?: ProviderSnapshot; now?: Date } = {}): Assessment {
	const stamp = (options.now ?? new Date()).toISOString();
	if (previous.catalogue.version !== catalogue.version) throw new Error('Upgrade the earlier check to the catalogue first');
	const responses = structuredClone(previous.responses);
	const copy: Assessment = {
		id: newId(),
		company: structuredClone(previous.company),
		catalogue: { id: catalogue.id, version: catalogue.version },
		responses,
		answers: {},
		notes: {},
		createdAt: stamp,
		updatedAt: stamp,
		revision: 1,
		previousId: previous.id,
		...(previous.clientId ? { clientId: previous.clientId } : {}),
		...(previous.plan ? { plan: structuredClone(previous.plan) } : {}),
		...(previous.nis2 ? { nis2: structuredClone(previous.nis2) } : {}),
		...(options.provider ? { consultation: newConsultation(options.provider) } : {})
	};
	const derived = withDerived(catalogue, copy);
	derived.toConfirm = Object.keys(derived.answers);
	return derived;
}

export function newClient(company: Company, now = new Date()): Client {
	const stamp = now.toISOString();
	return { id: newId(), company, createdAt: stamp, updatedAt: stamp, revision: 1 };
}
