// The guidance of the open catalogue (interview guide, cloud hints, glossary, next steps after
// the maximum, and every requirement's "why it matters"), loaded once something that shows it
// is opened or shown, so that the questionnaire's first visit does not carry it.
import type { Catalogue, CatalogueGuidance, Locale } from '$lib/engine/din';
import { loadGuidance } from '$lib/content/catalogues';

const keyOf = (catalogue: Pick<Catalogue, 'id' | 'version'>, locale: Locale) => `${catalogue.id}/${catalogue.version}/${locale}`;

class GuidanceStore {
	current = $state.raw<CatalogueGuidance | null>(null);
	#key = '';
	#loadedKey = $state('');

	/** Starts loading the guidance of that catalogue in that language (once). */
	want(catalogue: Pick<Catalogue, 'id' | 'version'>, locale: Locale): void {
		const key = keyOf(catalogue, locale);
		if (key === this.#key) return;
		this.#key = key;
		void loadGuidance(catalogue, locale)?.then((loaded) => {
			if (this.#key !== key) return;
			this.current = loaded;
			this.#loadedKey = key;
		});
	}

	/** The loaded guidance if it is that catalogue's in that language, else null. */
	of(catalogue: Pick<Catalogue, 'id' | 'version'>, locale: Locale): CatalogueGuidance | null {
		return this.#loadedKey === keyOf(catalogue, locale) ? this.current : null;
	}
}

export const guidance = new GuidanceStore();
