// The IT service provider's profile on this device (consultation mode): company, consultant,
// contact, accent colour and logo. Kept in its own IndexedDB database, apart from the checks.
import { get, set, type UseStore } from 'idb-keyval';
import { deviceStore, guarded } from './db';

export interface ProviderProfile {
	company: string;
	consultant: string;
	contact: string;
	/** #rrggbb, used in the consultation header */
	accent?: string;
	/** PNG re-encoded from the uploaded image (see files/logo.ts) */
	logo?: { png: Blob; width: number; height: number };
	updatedAt: string;
}

export const ACCENT_PATTERN = /^#[0-9a-f]{6}$/i;
export const PROVIDER_TEXT_MAX = 300;

let store: UseStore | undefined;
const settings = () => (store ??= deviceStore('kmu-cyber-check-settings', 'settings'));

/** Replaces the store (tests). */
export function useSettingsStore(next: UseStore): void {
	store = next;
}

export async function getProvider(): Promise<ProviderProfile | undefined> {
	return guarded(() => get<ProviderProfile>('provider', settings()));
}

export async function putProvider(profile: ProviderProfile): Promise<void> {
	await guarded(() => set('provider', profile, settings()));
}

