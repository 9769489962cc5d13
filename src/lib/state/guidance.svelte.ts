// The guidance of the open catalogue (interview guide, cloud hints, related duties, glossary,
// next steps after the maximum), loaded once something that shows it is opened or shown, so
// that the questionnaire's first visit does not carry it.
import type { Catalogue, CatalogueGuidance, Locale } from '$lib/engine/din';
import { loadGuidance } from '$lib/content/catalogues';

class GuidanceStore {
	current = $state.raw<CatalogueGuidance | null>(null);
	#key = '';

	/** Starts loading the guidance of that catalogue in that language (once). */
	want(catalogue: Pick<Catalogue, 'id' | 'version' | 'hasGuidance'>, locale: Locale): void {
		if (catalogue.hasGuidance === false) return;
		const key = `${catalogue.id}/${catalogue.version}/${locale}`;
		if (key === this.#key) return;
		this.#key = key;
		void loadGuidance(catalogue, locale)?.then((loaded) => {
			if (this.#key === key) this.current = loaded;
		});
	}
}

export const guidance = new GuidanceStore();
