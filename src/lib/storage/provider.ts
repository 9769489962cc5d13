// The IT service provider's profile, kept in its own IndexedDB database, apart from the checks.
import { get, type UseStore } from 'idb-keyval';
import type { ProviderProfile } from '$lib/model/provider';
import { deviceStore, guarded } from './db';
import { changeRecord } from './records';

const KEY = 'provider';
let store: UseStore | undefined;
const settings = () => (store ??= deviceStore('kmu-cyber-check-settings', 'settings'));

/** Replaces the store (tests). */
export function useSettingsStore(next: UseStore): void {
	store = next;
}

export async function getProvider(): Promise<ProviderProfile | undefined> {
	return guarded(() => get<ProviderProfile>(KEY, settings()));
}

/** Changes the profile (creating it on first use); returns what was stored. */
export async function changeProvider(change: (current: ProviderProfile) => ProviderProfile): Promise<ProviderProfile> {
	const { stored } = await changeRecord<ProviderProfile>(settings(), KEY, change, {
		create: () => ({ company: '', consultant: '', contact: '', updatedAt: '', revision: 0 })
	});
	return stored;
}
