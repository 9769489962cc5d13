// Registers the service worker that @vite-pwa/sveltekit generates (build/sw.js) and tracks
// whether a new version waits. The worker is registered relative to the app's base, so the
// same build works at the root and in any sub-folder, and from any first page.
import { base } from '$app/paths';
import type { Workbox } from 'workbox-window';

class ServiceWorkerState {
	/** A new version is installed and waits for the user's go-ahead. */
	updateReady = $state(false);
	/** The app is cached and will open offline. */
	offlineReady = $state(false);
	#workbox: Workbox | undefined;

	async register(): Promise<void> {
		if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
		const { Workbox } = await import('workbox-window');
		const workbox = new Workbox(`${base}/sw.js`, { scope: `${base}/` });
		this.#workbox = workbox;
		workbox.addEventListener('waiting', () => (this.updateReady = true));
		workbox.addEventListener('activated', (event) => {
			if (!event.isUpdate) this.offlineReady = true;
		});
		try {
			await workbox.register();
		} catch (error) {
			// Without a worker the app still works online; it just will not open offline.
			console.warn('Service worker registration failed', error);
		}
	}

	/** Activates the waiting version and reloads once it controls the page. */
	applyUpdate(): void {
		const workbox = this.#workbox;
		if (!workbox) return;
		workbox.addEventListener('controlling', () => window.location.reload());
		workbox.messageSkipWaiting();
	}

	dismiss(): void {
		this.updateReady = false;
	}
}

export const serviceWorker = new ServiceWorkerState();
