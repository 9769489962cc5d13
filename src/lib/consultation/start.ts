// Starting checks for a client: a first consultation, or a re-assessment from the last check.
import { currentCatalogue } from '$lib/engine/din';
import type { Assessment, Client, ProviderSnapshot } from '$lib/storage/assessment';
import { newAssessment, newConsultation, newReassessment } from '$lib/storage/assessment-derived';
import { putAssessment } from '$lib/storage/assessments';
import type { ProviderProfile } from '$lib/storage/provider';

export function providerSnapshot(profile: ProviderProfile | null | undefined): ProviderSnapshot | undefined {
	if (!profile?.company) return undefined;
	return { company: profile.company, consultant: profile.consultant, ...(profile.contact ? { contact: profile.contact } : {}) };
}

/** A new consultation check for the client, with the client's company data. */
export async function startConsultation(client: Client, provider: ProviderSnapshot): Promise<Assessment> {
	const assessment: Assessment = {
		...newAssessment(structuredClone(client.company), currentCatalogue),
		clientId: client.id,
		consultation: newConsultation(provider)
	};
	await putAssessment(assessment);
	return assessment;
}

/** A re-assessment from an earlier check: its answers are copied and marked "to be confirmed". */
export async function startReassessment(previous: Assessment, provider?: ProviderSnapshot): Promise<Assessment> {
	const assessment = newReassessment(previous, currentCatalogue, { provider });
	await putAssessment(assessment);
	return assessment;
}
