// The checks stored on this device, for the home page: their list entries (never whole
// checks), and create, rename, duplicate and delete with a few seconds to undo.
import type { Locale } from '$lib/engine/din';
import type { Assessment, AssessmentSummary } from '$lib/model/assessment';
import { newId } from '$lib/model/ids';
import { COMPANY_NAME_MAX_LENGTH } from '$lib/model/limits';
import { cleanText } from '$lib/model/text';
import type { CheckListing } from '$lib/model/listing';
import { changeAssessment, countConsultations, deleteAssessment, ensureCheckIndex, getAssessment, listListings, putAssessment, putListings, recentListings } from '$lib/storage/assessments';
import { forgetPosition } from '$lib/storage/last-position';
import { Paged } from './paged.svelte';
import { StoredView } from './stored-view.svelte';

export const UNDO_SECONDS = 8;

/** Refuses a check the importer would not read back (the contract loads with the first write). */
async function storable(assessment: Assessment): Promise<void> {
	const { assertStorable } = await import('$lib/files/record-check');
	assertStorable(assessment);
}

/**
 * Summaries for checks stored without one (by an older version): computed with the engine,
 * loaded only then, so listing checks normally costs no catalogue download. They are stored
 * with the list entries, so this happens once.
 */
async function withSummaries(listings: CheckListing[], locale: Locale): Promise<CheckListing[]> {
	const missing = listings.filter((l) => !l.summary);
	if (missing.length === 0) return listings;
	const result: Record<string, AssessmentSummary> = {};
	const [{ summarise }, { currentCatalogueRef, loadCatalogue }] = await Promise.all([import('$lib/model/derive'), import('$lib/content/catalogues')]);
	for (const listing of missing) {
		const [record, catalogue] = await Promise.all([getAssessment(listing.id), loadCatalogue({ id: currentCatalogueRef.id, version: listing.catalogueVersion }, locale)]);
		if (!record || !catalogue) continue;
		try {
			result[listing.id] = summarise(catalogue, record.answers);
		} catch {
			// Answers that do not fit the catalogue: the check page explains when it is opened.
		}
	}
	const completed = missing.filter((l) => result[l.id]).map((l) => ({ ...l, summary: result[l.id]! }));
	if (completed.length > 0) await putListings(completed).catch(() => undefined);
	return listings.map((l) => (l.summary ? l : { ...l, summary: result[l.id] ?? null }));
}

export class AssessmentList extends StoredView {
	/** the check just deleted, while it can still be restored */
	deleted = $state.raw<Assessment | null>(null);
	/** consultations are listed under their clients; the home page says how many there are */
	consultations = $state(0);
	#locale: Locale = 'de';
	readonly paged = new Paged<CheckListing>(
		async (limit) => {
			// An empty index may be data not indexed yet (an older version): indexed first then.
			let first = await recentListings(limit);
			if (first.total === 0 && (await ensureCheckIndex()).rebuilt) first = await recentListings(limit);
			return { items: await withSummaries(first.listings, this.#locale), total: first.total };
		},
		async () => withSummaries(await listListings(), this.#locale),
		(l) => [l.company.name, l.company.seat ?? '', l.company.industry ?? '']
	);

	/** The checks on the current page (or matching the search). */
	get entries(): CheckListing[] {
		return this.paged.items;
	}
	#undoTimer: ReturnType<typeof setTimeout> | undefined;

	/** Reads the first page (or the search results) in the language the summaries need. */
	override load(locale: Locale = this.#locale): Promise<void> {
		this.#locale = locale;
		return super.load();
	}

	protected async read(): Promise<void> {
		await this.paged.load();
		this.consultations = await countConsultations().catch(() => 0);
		void this.#verify();
	}

	/** After the first page is shown: checks stored without index entries are indexed, and shown. */
	async #verify(): Promise<void> {
		const { rebuilt } = await ensureCheckIndex().catch(() => ({ rebuilt: false }));
		if (rebuilt) await this.attempt(async () => {
			await this.paged.load();
			this.consultations = await countConsultations();
		});
	}

	override close(): void {
		super.close();
		clearTimeout(this.#undoTimer);
	}

	async create(companyName: string, locale: Locale = 'de'): Promise<Assessment | undefined> {
		const name = cleanText(companyName).trim().slice(0, COMPANY_NAME_MAX_LENGTH);
		if (!name) return undefined;
		const [{ currentCatalogueRef, loadCatalogue }, { newAssessment }] = await Promise.all([import('$lib/content/catalogues'), import('$lib/model/factories')]);
		const catalogue = await loadCatalogue(currentCatalogueRef, locale)!;
		const assessment = newAssessment({ name }, catalogue);
		if (!(await this.attempt(() => storable(assessment).then(() => putAssessment(assessment))))) return undefined;
		return assessment;
	}

	async rename(id: string, companyName: string): Promise<boolean> {
		const name = cleanText(companyName).trim().slice(0, COMPANY_NAME_MAX_LENGTH);
		const entry = this.entries.find((e) => e.id === id);
		if (!name || !entry) return false;
		return this.attempt(() => changeAssessment(id, (a) => ({ ...a, company: { ...a.company, name } }), entry.revision));
	}

	/** Searches the checks by company name, seat or industry. */
	search(query: string): Promise<void> {
		return this.attempt(() => this.paged.search(query)).then(() => undefined);
	}

	showMore(): Promise<void> {
		return this.attempt(() => this.paged.showMore()).then(() => undefined);
	}

	async duplicate(id: string, suffix: string): Promise<void> {
		await this.attempt(async () => {
			const source = await getAssessment(id);
			if (!source) return;
			const stamp = new Date().toISOString();
			const name = `${source.company.name} ${suffix}`.slice(0, COMPANY_NAME_MAX_LENGTH);
			const copy = { ...source, id: newId(), company: { ...source.company, name }, createdAt: stamp, updatedAt: stamp, revision: 1 };
			await storable(copy);
			await putAssessment(copy);
		});
	}

	async remove(id: string): Promise<void> {
		let snapshot: Assessment | undefined;
		const done = await this.attempt(async () => {
			snapshot = await getAssessment(id);
			await deleteAssessment(id);
		});
		if (!done || !snapshot) return;
		forgetPosition(id);
		this.deleted = snapshot;
		clearTimeout(this.#undoTimer);
		this.#undoTimer = setTimeout(() => (this.deleted = null), UNDO_SECONDS * 1000);
	}

	async undoRemove(): Promise<void> {
		const assessment = this.deleted;
		if (!assessment) return;
		clearTimeout(this.#undoTimer);
		if (await this.attempt(() => putAssessment({ ...assessment, revision: assessment.revision + 1 }))) this.deleted = null;
	}
}
