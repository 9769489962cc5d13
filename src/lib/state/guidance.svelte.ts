// The guidance of the open catalogue (interview guide, cloud hints, glossary, next steps after
// the maximum, and every requirement's "why it matters"), loaded once something that shows it
// is opened or shown, so that the questionnaire's first visit does not carry it.
import type { Catalogue, CatalogueGuidance, Locale } from '$lib/engine/din';
import { loadGuidance } from '$lib/content/catalogues';

const keyOf = (catalogue: Pick<Catalogue, 'id' | 'version'>, locale: Locale) => `${catalogue.id}/${catalogue.version}/${locale}`;

class GuidanceStore {
	/** the key last asked for; a load that finishes after another was asked for is dropped */
	#key = '';
	#loaded = $state.raw<{ key: string; guidance: CatalogueGuidance } | null>(null);

	/** Starts loading the guidance of that catalogue in that language (once). */
	want(catalogue: Pick<Catalogue, 'id' | 'version'>, locale: Locale): void {
		const key = keyOf(catalogue, locale);
		if (key === this.#key) return;
		this.#key = key;
		void loadGuidance(catalogue, locale)?.then((loaded) => {
			if (this.#key === key) this.#loaded = { key, guidance: loaded };
		});
	}

	/** The loaded guidance if it is that catalogue's in that language, else null. */
	of(catalogue: Pick<Catalogue, 'id' | 'version'>, locale: Locale): CatalogueGuidance | null {
		return this.#loaded?.key === keyOf(catalogue, locale) ? this.#loaded.guidance : null;
	}
}

export const guidance = new GuidanceStore();
