// Embed mode at run time, loaded only when the app is embedded: the height messages that let
// the host size the iframe, the answer to the host's height request, the scroll position after
// a navigation, and the opt-in summary. Nothing is sent to the host page without opt-in except
// the page height and that position (two numbers); answers never.
import { MESSAGE_HEIGHT, MESSAGE_REQUEST_HEIGHT, MESSAGE_SCROLL, MESSAGE_SUMMARY, parseEmbedParams, type EmbedConfig, type Summary } from './config';

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

/**
 * The iframe is as tall as its content, so the host page scrolls, not the app: after a
 * navigation inside it the app says where the user should look (the top of the new page, or
 * the new topic's heading), and embed.js scrolls there. Sent only to the page that embeds the
 * app: the named parentOrigin, else the embedding origin the browser reports.
 */
export function postScroll(top: number): void {
	if (!current || window.parent === window) return;
	const target = current.parentOrigin ?? window.location.ancestorOrigins?.[0];
	if (!target || target === 'null') return;
	window.parent.postMessage({ type: MESSAGE_SCROLL, top: Math.max(0, Math.round(top)) }, target);
}

export function postSummary(config: EmbedConfig, summary: Summary): void {
	if (!config.parentOrigin || window.parent === window) return;
	window.parent.postMessage({ type: MESSAGE_SUMMARY, ...structuredClone(summary) }, config.parentOrigin);
}
