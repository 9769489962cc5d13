// Where the user last was: which check and which topic, so reopening the app can continue
// there. Kept in localStorage because it is read before anything else on start.
const KEY = 'kmu-cyber-check:last-position';

export interface LastPosition {
	id: string;
	topic: string;
}

export function rememberPosition(id: string, topic: string): void {
	try {
		localStorage.setItem(KEY, JSON.stringify({ id, topic } satisfies LastPosition));
	} catch {
		// Storage blocked: the check itself still records its position.
	}
}

export function lastPosition(): LastPosition | null {
	try {
		const value = JSON.parse(localStorage.getItem(KEY) ?? 'null');
		return value && typeof value.id === 'string' && typeof value.topic === 'string' ? value : null;
	} catch {
		return null;
	}
}

export function forgetPosition(id: string): void {
	if (lastPosition()?.id === id) {
		try {
			localStorage.removeItem(KEY);
		} catch {
			// nothing to forget
		}
	}
}
