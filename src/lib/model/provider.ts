// The IT service provider's profile on this device (consultation mode).
export interface ProviderProfile {
	company: string;
	consultant: string;
	contact: string;
	/** the consultant's qualification, free text (missing in profiles stored by older versions) */
	qualification?: string;
	/** #rrggbb, used in the consultation header */
	accent?: string;
	/** PNG re-encoded from the uploaded image (see files/logo.ts) */
	logo?: { png: Blob; width: number; height: number };
	updatedAt: string;
	/** increases with every stored change (missing in profiles stored by older versions) */
	revision?: number;
}
