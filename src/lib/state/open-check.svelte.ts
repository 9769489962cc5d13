// The one session of the check that is open (?id=) in the check pages: questionnaire,
// results, consultation and NIS-2. The (check) layout owns it and hands it to its pages through
// context, so moving between the pages of the same check keeps the same session – and with it
// every change not stored yet. This is the only place that creates a session.
import { getContext, setContext } from 'svelte';
import type { Locale } from '$lib/engine/din';
import { AssessmentSession } from './assessment-session.svelte';

const KEY = Symbol('open-check');

export class OpenCheck {
	session = $state<AssessmentSession | null>(null);
	#id: string | null = null;

	/** Opens the check with that id, keeping the session when it is already open. */
	open(id: string | null, locale: Locale): AssessmentSession | null {
		if (id === this.#id) return this.session;
		this.close();
		this.#id = id;
		if (!id) return null;
		const session = new AssessmentSession();
		this.session = session;
		void session.load(id, locale);
		return session;
	}

	close(): void {
		this.session?.close();
		this.session = null;
		this.#id = null;
	}
}

export function provideOpenCheck(): OpenCheck {
	return setContext(KEY, new OpenCheck());
}

/** The open check of the surrounding (check) layout. */
export function openCheck(): OpenCheck {
	const open = getContext<OpenCheck | undefined>(KEY);
	if (!open) throw new Error('openCheck() is used outside the (check) layout');
	return open;
}
