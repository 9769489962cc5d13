// Embed mode at run time, loaded only when the app is embedded: the height messages that let
// the host size the iframe, the answer to the host's height request, and the opt-in summary.
// Nothing is sent to the host page without opt-in except the page height; answers never.
import { MESSAGE_HEIGHT, MESSAGE_REQUEST_HEIGHT, MESSAGE_SUMMARY, parseEmbedParams, type EmbedConfig, type Summary } from './config';

let connected = false;
let lastHeight = 0;
let current: EmbedConfig | null = null;

/** The configuration for this visit: from the address, else the remembered one (checked again). */
export function start(url: URL, remembered: string | null, previous: EmbedConfig | null, remember: (config: EmbedConfig) => void): EmbedConfig | null {
	const { config, warnings } = parseEmbedParams(url.searchParams);
	for (const warning of warnings) console.warn(`KMU Cyber-Check embed: ${warning}`);
	current = config ?? previous ?? fromStorage(remembered);
	if (config) remember(config);
	if (current && window.parent !== window) connect();
	return current;
}

function fromStorage(remembered: string | null): EmbedConfig | null {
	try {
		const stored = JSON.parse(remembered ?? 'null');
		if (!stored) return null;
		// Stored values pass the same checks as parameters.
		const params = new URLSearchParams({ embed: '1' });
		for (const key of ['accent', 'provider', 'parentOrigin'] as const) if (typeof stored[key] === 'string') params.set(key, stored[key]);
		return parseEmbedParams(params).config;
	} catch {
		return null;
	}
}

function connect(): void {
	if (connected) return;
	connected = true;
	new ResizeObserver(() => postHeight()).observe(document.documentElement);
	window.addEventListener('message', (event) => {
		// Only the named host, only the documented type; everything else is ignored.
		const origin = current?.parentOrigin;
		if (!origin || event.origin !== origin || event.source !== window.parent) return;
		if (event.data && typeof event.data === 'object' && event.data.type === MESSAGE_REQUEST_HEIGHT) postHeight(true);
	});
	postHeight();
}

/** The page height, so the host can size the iframe; no content of the page. */
function postHeight(force = false): void {
	if (!current || window.parent === window) return;
	const height = Math.ceil(document.documentElement.scrollHeight);
	if (!force && height === lastHeight) return;
	lastHeight = height;
	window.parent.postMessage({ type: MESSAGE_HEIGHT, height }, current.parentOrigin ?? '*');
}

export function postSummary(config: EmbedConfig, summary: Summary): void {
	if (!config.parentOrigin || window.parent === window) return;
	window.parent.postMessage({ type: MESSAGE_SUMMARY, ...structuredClone(summary) }, config.parentOrigin);
}
