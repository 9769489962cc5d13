// Tells other tabs of this app on the same device that a stored check changed, so that a
// check open in two tabs never silently diverges.
export interface ChangeMessage {
	type: 'assessment-changed';
	id: string;
	/** the new revision; 0 when the check was deleted */
	revision: number;
	tab: string;
}

const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel('kmu-cyber-check');
export const tabId = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : String(Math.random());

export function announceChange(id: string, revision: number): void {
	channel?.postMessage({ type: 'assessment-changed', id, revision, tab: tabId } satisfies ChangeMessage);
}

export function onExternalChange(handler: (message: ChangeMessage) => void): () => void {
	if (!channel) return () => {};
	const listener = (event: MessageEvent<ChangeMessage>) => {
		if (event.data?.type === 'assessment-changed' && event.data.tab !== tabId) handler(event.data);
	};
	channel.addEventListener('message', listener);
	return () => channel.removeEventListener('message', listener);
}
