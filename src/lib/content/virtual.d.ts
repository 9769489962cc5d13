// The modules scripts/content-plugin.js generates from questions/.
declare module 'virtual:kmu-content' {
	type Loaders = Record<'de' | 'en', () => Promise<{ default: unknown }>>;
	export const catalogueId: string;
	/** oldest first; the last is current */
	export const catalogueVersions: string[];
	/** per version: the catalogue without its guidance */
	export const catalogueLoaders: Record<string, Loaders>;
	/** per version: the interview guide, cloud hints, related duties, glossary and next steps */
	export const guidanceLoaders: Record<string, Loaders>;
	/** oldest first; the last is current */
	export const nis2Rules: { id: string; legalState: string; revision: number }[];
	/** per rules id and language: the part the questions show first, the rows' texts, the part only the verdict needs */
	export const nis2Loaders: Record<string, Record<'de' | 'en', Record<'questions' | 'rowTexts' | 'decision', () => Promise<{ default: unknown }>>>>;
	/** the §30 measures (questions/nis2-measures), oldest first; the last is current */
	export const measuresVersions: string[];
	/** per version: the measures in one language, every text a plain string */
	export const measuresLoaders: Record<string, Loaders>;
}
