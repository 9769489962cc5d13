// The PDF's embedded fonts (DejaVu Sans, regular and bold subsets), fetched from the app's own
// precached files only when a PDF is made – so it works offline, and no page carries them.
import { asset } from '$app/paths';

export interface PdfFonts {
	/** base64 of the regular and bold TTF subsets */
	regular: string;
	bold: string;
}

async function fontBase64(file: string): Promise<string> {
	const response = await fetch(asset(`/fonts/${file}`));
	if (!response.ok) throw new Error(`Font ${file} could not be loaded (${response.status})`);
	const bytes = new Uint8Array(await response.arrayBuffer());
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary);
}

export async function loadPdfFonts(): Promise<PdfFonts> {
	const [regular, bold] = await Promise.all([fontBase64('DejaVuSans-subset.ttf'), fontBase64('DejaVuSans-Bold-subset.ttf')]);
	return { regular, bold };
}
