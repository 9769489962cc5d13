// The catalogue page is prerendered with the current catalogue in German, its "why" texts and
// glossary included (they come with the guidance); the browser loads the same modules again
// when it takes over (and the English ones when that is chosen).
import { currentCatalogueRef, loadCatalogue, loadGuidance } from '$lib/content/catalogues';

export const load = async () => {
	const [catalogue, guidance] = await Promise.all([loadCatalogue(currentCatalogueRef, 'de')!, loadGuidance(currentCatalogueRef, 'de')!]);
	return { catalogue, guidance };
};
