// Starting checks for a client: a first consultation, or a re-assessment from the last check.
import { currentCatalogueRef, loadCatalogue } from '$lib/content/catalogues';
import type { Locale } from '$lib/engine/din';
import type { Assessment, Client, ProviderSnapshot } from '$lib/model/assessment';
import { newAssessment, newConsultation, newReassessment } from '$lib/model/factories';
import type { ProviderProfile } from '$lib/model/provider';
import { upgradeAssessment } from '$lib/model/upgrade';
import { putAssessment } from '$lib/storage/assessments';

export function providerSnapshot(profile: ProviderProfile | null | undefined): ProviderSnapshot | undefined {
	if (!profile?.company) return undefined;
	return {
		company: profile.company,
		consultant: profile.consultant,
		...(profile.contact ? { contact: profile.contact } : {}),
		...(profile.qualification ? { qualification: profile.qualification } : {})
	};
}

/** A new consultation check for the client, with the client's company data. */
export async function startConsultation(client: Client, provider: ProviderSnapshot, locale: Locale): Promise<Assessment> {
	const catalogue = await loadCatalogue(currentCatalogueRef, locale)!;
	const assessment: Assessment = {
		...newAssessment(structuredClone(client.company), catalogue),
		clientId: client.id,
		consultation: newConsultation(provider)
	};
	await stored(assessment);
	return assessment;
}

/** Writes a new check, after making sure the importer reads it back. */
async function stored(assessment: Assessment): Promise<void> {
	const { assertStorable } = await import('$lib/files/record-check');
	assertStorable(assessment);
	await putAssessment(assessment);
}

/**
 * A re-assessment from an earlier check: its answers are copied and marked "to be confirmed".
 * An earlier check from an older catalogue is brought to the current one first.
 */
export async function startReassessment(previous: Assessment, locale: Locale, provider?: ProviderSnapshot): Promise<Assessment> {
	const upgraded = await upgradeAssessment(previous, locale);
	if (!upgraded.ok) throw new Error(`The earlier check cannot be carried over: ${upgraded.problem}`);
	const catalogue = await loadCatalogue(currentCatalogueRef, locale)!;
	const assessment = newReassessment(upgraded.record, catalogue, { provider });
	await stored(assessment);
	return assessment;
}
