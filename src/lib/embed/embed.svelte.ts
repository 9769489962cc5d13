// Embed mode: whether the app runs inside a consultancy's iframe, with which theme, and the
// opt-in summary for the host. This module is the small part every page loads; parsing the
// parameters and talking to the host (embed-runtime.ts) load only when the switch is set.
import type { EmbedConfig, Summary } from './config';

const STORAGE_KEY = 'kmu-cyber-check:embed';

class Embed {
	config = $state<EmbedConfig | null>(null);
	#runtime: typeof import('./embed-runtime') | undefined;

	get enabled(): boolean {
		return this.config !== null;
	}

	/** Reads the switch from the address, or the one remembered for this visit. */
	async init(url: URL): Promise<void> {
		let remembered: string | null = null;
		try {
			remembered = sessionStorage.getItem(STORAGE_KEY);
		} catch {
			// Storage blocked in the iframe: only the address counts.
		}
		if (!url.searchParams.has('embed') && !remembered && !this.config) return;
		this.#runtime ??= await import('./embed-runtime');
		this.config = this.#runtime.start(url, remembered, this.config, (config) => {
			try {
				sessionStorage.setItem(STORAGE_KEY, JSON.stringify(config));
			} catch {
				// The configuration then lasts until the next reload.
			}
		});
	}

	/** After a navigation inside the iframe: asks the host to scroll to `top` px below the iframe's top. */
	reveal(top = 0): void {
		if (this.enabled) this.#runtime?.postScroll(top);
	}

	/** The results summary, only to a host that opted in by naming its origin. */
	postSummary(summary: Summary): void {
		if (this.config?.parentOrigin) this.#runtime?.postSummary(this.config, summary);
	}
}

export const embed = new Embed();
