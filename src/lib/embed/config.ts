// Embed mode: a consultancy shows the app in an iframe on its own website. One switch turns it
// on (?embed=1 in the iframe's address); theme parameters are validated strictly and anything
// invalid is ignored with a console warning, never applied.
export interface EmbedConfig {
	/** #rrggbb */
	accent: string | null;
	/** shown as text, at most PROVIDER_MAX characters */
	provider: string | null;
	/** the host page's origin, when the host opts in to receive a summary of results */
	parentOrigin: string | null;
}

export const EMBED_PARAM = 'embed';
export const PROVIDER_MAX = 60;
const HEX = /^#?[0-9a-f]{6}$/i;
// Letters, digits, spaces and common punctuation of company names; no control or markup characters.
const PROVIDER_TEXT = /^[\p{L}\p{N}\p{Zs}.,&'’()+\-–/:]+$/u;

export interface ParsedEmbed {
	/** null when the switch is not set */
	config: EmbedConfig | null;
	warnings: string[];
}

/** The only value of a parameter, or undefined; a repeated parameter is refused. */
function single(search: URLSearchParams, name: string, warnings: string[]): string | undefined {
	const values = search.getAll(name);
	if (values.length > 1) {
		warnings.push(`"${name}" is given ${values.length} times; ignored`);
		return undefined;
	}
	return values[0];
}

export function parseOrigin(value: string): string | null {
	try {
		const url = new URL(value);
		if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
		// Only an origin: no path, query, fragment or credentials.
		return url.origin === value.replace(/\/$/, '') && !url.username && !url.password ? url.origin : null;
	} catch {
		return null;
	}
}

export function parseEmbedParams(search: URLSearchParams): ParsedEmbed {
	const warnings: string[] = [];
	const flag = single(search, EMBED_PARAM, warnings);
	if (flag === undefined || !['1', 'true', ''].includes(flag)) return { config: null, warnings };
	const config: EmbedConfig = { accent: null, provider: null, parentOrigin: null };

	const accent = single(search, 'accent', warnings);
	if (accent !== undefined) {
		if (HEX.test(accent)) config.accent = `#${accent.replace('#', '').toLowerCase()}`;
		else warnings.push('"accent" must be a hex colour like #0b4f6c; ignored');
	}
	const provider = single(search, 'provider', warnings);
	if (provider !== undefined) {
		const trimmed = provider.trim();
		if (trimmed && [...trimmed].length <= PROVIDER_MAX && PROVIDER_TEXT.test(trimmed)) config.provider = trimmed;
		else warnings.push(`"provider" must be plain text of at most ${PROVIDER_MAX} characters; ignored`);
	}
	const parentOrigin = single(search, 'parentOrigin', warnings);
	if (parentOrigin !== undefined) {
		const origin = parseOrigin(parentOrigin);
		if (origin) config.parentOrigin = origin;
		else warnings.push('"parentOrigin" must be an origin like https://www.example.com; ignored');
	}
	return { config, warnings };
}

/** Message types the app posts to its host page, and the one it accepts from it. */
export const MESSAGE_HEIGHT = 'kmu-cyber-check:height';
export const MESSAGE_SUMMARY = 'kmu-cyber-check:summary';
export const MESSAGE_REQUEST_HEIGHT = 'kmu-cyber-check:request-height';
/** After a navigation inside the iframe: where (px from the iframe's top) the host should scroll to. */
export const MESSAGE_SCROLL = 'kmu-cyber-check:scroll';

export interface Summary {
	check?: { score: number; maxScore: number; complete: boolean };
	nis2?: { category: string };
}
