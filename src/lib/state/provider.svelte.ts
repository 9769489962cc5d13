// The provider profile as reactive state, for the settings page, the consultation header and
// the report. Loaded once per page; every change is saved at once.
import { prepareLogo, type LogoProblem } from '$lib/files/logo';
import { ACCENT_PATTERN } from '$lib/model/limits';
import type { ProviderProfile } from '$lib/model/provider';
import { cleanText } from '$lib/model/text';
import { problemOf, type StorageProblem } from '$lib/storage/db';
import { changeProvider, getProvider } from '$lib/storage/provider';

class ProviderState {
	profile = $state<ProviderProfile | null>(null);
	loaded = $state(false);
	problem = $state<StorageProblem | null>(null);
	logoUrl = $state<string | null>(null);

	async load(): Promise<void> {
		try {
			this.profile = (await getProvider()) ?? null;
			this.#refreshLogoUrl();
			this.problem = null;
		} catch (error) {
			this.problem = problemOf(error);
		} finally {
			this.loaded = true;
		}
	}

	/** The accent colour to apply, only when it is a valid #rrggbb. */
	get accent(): string | null {
		const accent = this.profile?.accent;
		return accent && ACCENT_PATTERN.test(accent) ? accent : null;
	}

	/** Changes fields of the stored profile; `logo: undefined` removes the logo, no `logo` key keeps it. */
	async update(changes: Partial<Omit<ProviderProfile, 'updatedAt' | 'revision'>>): Promise<boolean> {
		try {
			this.profile = await changeProvider((current) => {
				const next: ProviderProfile = { ...current, ...changes };
				for (const key of ['company', 'consultant', 'contact'] as const) next[key] = cleanText(next[key]);
				if (next.qualification !== undefined) next.qualification = cleanText(next.qualification);
				if (!next.logo) delete next.logo;
				return next;
			});
			this.#refreshLogoUrl();
			this.problem = null;
			return true;
		} catch (error) {
			this.problem = problemOf(error);
			return false;
		}
	}

	async setLogo(file: Blob): Promise<LogoProblem | StorageProblem | null> {
		const result = await prepareLogo(file);
		if (!result.ok) return result.problem;
		const saved = await this.update({ logo: { png: result.png, width: result.width, height: result.height } });
		return saved ? null : (this.problem ?? 'unknown');
	}

	removeLogo(): Promise<boolean> {
		return this.update({ logo: undefined });
	}

	#refreshLogoUrl(): void {
		if (this.logoUrl) URL.revokeObjectURL(this.logoUrl);
		this.logoUrl = this.profile?.logo ? URL.createObjectURL(this.profile.logo.png) : null;
	}
}

export const provider = new ProviderState();
