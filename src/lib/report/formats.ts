// The two formats a report or result document comes in, and their media types.
export type ReportFormat = 'pdf' | 'docx';

export const REPORT_MIME: Record<ReportFormat, string> = {
	pdf: 'application/pdf',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
};
