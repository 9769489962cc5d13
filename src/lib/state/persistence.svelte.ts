// Browsers may clear IndexedDB when space runs low unless the site has persistent storage.
// We ask for it once a check exists, and when the browser says no, the user is told to
// export regularly.
const ASKED_KEY = 'kmu-cyber-check:persist-asked';
/** "Verstanden" on the notice, remembered on this device so it does not come back. */
const DISMISSED_KEY = 'kmu-cyber-check:persist-notice-dismissed';

class Persistence {
	/** 'granted', 'denied', or 'unknown' before asking / where the API is missing */
	state = $state<'granted' | 'denied' | 'unknown'>('unknown');
	dismissed = $state(false);

	async check(): Promise<void> {
		try {
			this.dismissed ||= localStorage.getItem(DISMISSED_KEY) === '1';
		} catch {
			// Storage blocked: the dismissal lasts for this visit.
		}
		if (!navigator.storage?.persisted) return;
		try {
			if (await navigator.storage.persisted()) this.state = 'granted';
			else if (localStorage.getItem(ASKED_KEY) === 'denied') this.state = 'denied';
		} catch {
			// No answer: leave it unknown.
		}
	}

	async request(): Promise<void> {
		if (!navigator.storage?.persist || this.state === 'granted') return;
		try {
			const granted = await navigator.storage.persist();
			this.state = granted ? 'granted' : 'denied';
			localStorage.setItem(ASKED_KEY, this.state);
		} catch {
			this.state = 'denied';
		}
	}

	dismiss(): void {
		this.dismissed = true;
		try {
			localStorage.setItem(DISMISSED_KEY, '1');
		} catch {
			// Storage blocked: the dismissal lasts for this visit.
		}
	}
}

export const persistence = new Persistence();
