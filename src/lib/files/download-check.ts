// "Export this check" for the pages: the file writer loads on the click, not with the page.
import type { Assessment } from '$lib/model/assessment';

export async function downloadCheck(assessment: Assessment): Promise<void> {
	const { downloadAssessment } = await import('./download');
	downloadAssessment(assessment);
}
