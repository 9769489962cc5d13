// The DIN SPEC 27076 catalogues as the app loads them: one version in one language at a time
// (see scripts/content-plugin.js). The bundled files were validated at build time, so they are
// only cast here.
import { catalogueId, catalogueLoaders, catalogueVersions, guidanceLoaders } from 'virtual:kmu-content';
import type { Catalogue, CatalogueGuidance, Locale } from '$lib/engine/din';
import { memoised } from './memo';

export const currentCatalogueRef = { id: catalogueId, version: catalogueVersions.at(-1)! };

const catalogueOnce = memoised<Catalogue>();
const guidanceOnce = memoised<CatalogueGuidance>();

export function knowsCatalogue(ref: { id: string; version: string }): boolean {
	return ref.id === catalogueId && catalogueVersions.includes(ref.version);
}

/** The catalogue of that version in that language; undefined for one this app does not know. */
export function loadCatalogue(ref: { id: string; version: string }, locale: Locale): Promise<Catalogue> | undefined {
	if (!knowsCatalogue(ref)) return undefined;
	return catalogueOnce(`${ref.version}/${locale}`, () => catalogueLoaders[ref.version]![locale]().then((module) => module.default as Catalogue));
}

/** The catalogue's guidance (interview guide, cloud hints, related duties, glossary, next steps). */
export function loadGuidance(ref: { id: string; version: string }, locale: Locale): Promise<CatalogueGuidance> | undefined {
	if (!knowsCatalogue(ref)) return undefined;
	return guidanceOnce(`${ref.version}/${locale}`, () => guidanceLoaders[ref.version]![locale]().then((module) => module.default as CatalogueGuidance));
}

/** Every known catalogue newer than `version`, up to the current one, oldest first (for migrations). */
export function newerCatalogues(version: string, locale: Locale): Promise<Catalogue[]> {
	const index = catalogueVersions.indexOf(version);
	return Promise.all(catalogueVersions.slice(index + 1).map((v) => loadCatalogue({ id: catalogueId, version: v }, locale)!));
}

export { catalogueVersions };
