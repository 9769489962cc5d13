// Browsers may clear IndexedDB when space runs low unless the site has persistent storage.
// We ask for it once a check exists, and when the browser says no, the user is told to
// export regularly.
const ASKED_KEY = 'kmu-cyber-check:persist-asked';

class Persistence {
	/** 'granted', 'denied', or 'unknown' before asking / where the API is missing */
	state = $state<'granted' | 'denied' | 'unknown'>('unknown');
	dismissed = $state(false);

	async check(): Promise<void> {
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
	}
}

export const persistence = new Persistence();
