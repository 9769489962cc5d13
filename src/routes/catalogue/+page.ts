// The catalogue page is prerendered with the current catalogue in German; the browser loads
// the same module again when it takes over (and the English one when that is chosen).
import { currentCatalogueRef, loadCatalogue } from '$lib/content/catalogues';

export const load = async () => ({ catalogue: await loadCatalogue(currentCatalogueRef, 'de')! });
