// The provider's logo is read from this device's profile; a damaged or missing record must
// leave the report without a logo (and say so), never stop it. Checked once, for PDF and DOCX.
import { headerSize, sniffImageType } from '$lib/files/logo';
import type { ReportData } from './report-data';

/** 'none' outside consultations means nothing; in one, the profile here has no logo. */
export type LogoState = 'included' | 'none' | 'unreadable';

/** The bytes of a base64 data URL, or null when it is none. */
export function dataUrlBytes(dataUrl: string): Uint8Array | null {
	const match = /^data:[^;,]*;base64,([A-Za-z0-9+/=\s]*)$/.exec(dataUrl);
	if (!match) return null;
	try {
		return Uint8Array.from(atob(match[1]!.replace(/\s/g, '')), (c) => c.charCodeAt(0));
	} catch {
		return null;
	}
}

/**
 * The logo's PNG bytes when they really are a PNG with a size in its header – the profile
 * stores only PNGs it re-encoded itself, so anything else is damage – else null.
 */
export function logoPng(logo: ReportData['logo']): Uint8Array | null {
	const bytes = logo ? dataUrlBytes(logo.dataUrl) : null;
	return bytes && sniffImageType(bytes) === 'png' && headerSize(bytes) ? bytes : null;
}

/** The data without a logo that cannot be drawn, and what became of the logo. */
export function checkLogo(data: ReportData): { data: ReportData; logo: LogoState } {
	if (!data.logo) return { data, logo: 'none' };
	if (logoPng(data.logo)) return { data, logo: 'included' };
	return { data: { ...data, logo: null }, logo: 'unreadable' };
}
