// Tells the lists and other tabs of this app on the same device that a stored record changed,
// so that nothing shown silently diverges from what is stored: lists in this tab reload, and a
// check open in another tab merges the change.
export interface ChangeMessage {
	type: 'assessment-changed';
	id: string;
	/** the new revision; 0 when the record was deleted */
	revision: number;
	tab: string;
}

type Listener = (message: ChangeMessage) => void;

const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel('kmu-cyber-check');
export const tabId = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : String(Math.random());
const here = new Set<Listener>();

export function announceChange(id: string, revision: number): void {
	const message: ChangeMessage = { type: 'assessment-changed', id, revision, tab: tabId };
	channel?.postMessage(message);
	for (const listener of here) listener(message);
}

function listen(handler: Listener, includeThisTab: boolean): () => void {
	const listener = (event: MessageEvent<ChangeMessage>) => {
		if (event.data?.type === 'assessment-changed' && event.data.tab !== tabId) handler(event.data);
	};
	channel?.addEventListener('message', listener);
	if (includeThisTab) here.add(handler);
	return () => {
		channel?.removeEventListener('message', listener);
		here.delete(handler);
	};
}

/** Changes stored by other tabs (an open check merges them). */
export function onExternalChange(handler: Listener): () => void {
	return listen(handler, false);
}

/** Changes stored by this tab or another one (lists reload). */
export function onAnyChange(handler: Listener): () => void {
	return listen(handler, true);
}

/** Calls `reload` after stored changes (here or in another tab); a burst (an import) calls it once. */
export function reloadOnChange(reload: () => void, delayMs = 50): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const stop = onAnyChange(() => {
		clearTimeout(timer);
		timer = setTimeout(reload, delayMs);
	});
	return () => {
		clearTimeout(timer);
		stop();
	};
}
