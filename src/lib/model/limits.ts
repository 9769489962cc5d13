// The limits of what a record may hold, in one place: the input fields, the checks before a
// write and the file readers all use these (questions/schema/assessment-file.schema.json states
// the same numbers; src/lib/model/limits.test.ts keeps the two in step).
export const NOTE_MAX_LENGTH = 5000;
/** why a requirement does not apply */
export const REASON_MAX_LENGTH = 500;
export const COMPANY_NAME_MAX_LENGTH = 300;
/** seat, legal form, register number, industry */
export const COMPANY_TEXT_MAX_LENGTH = 300;
export const EMPLOYEES_MAX = 10_000_000;
export const OWNER_MAX_LENGTH = 200;
/** provider company, consultant, contact and qualification */
export const PROVIDER_TEXT_MAX_LENGTH = 300;
/** euro figures and staff in the NIS-2 size questions */
export const AMOUNT_MAX = 1e15;
export const ACCENT_PATTERN = /^#[0-9a-f]{6}$/i;
/** checks or clients in one backup file */
export const MAX_BACKUP_ITEMS = 5000;
/** A record's revision counts its changes; bounded so that "revision + 1" always differs. */
export const REVISION_MAX = 1_000_000_000;
/** The interview clock; about 11.5 days, far beyond any interview (the clock stops there). */
export const ELAPSED_MS_MAX = 1_000_000_000;
/** linked and partner enterprises in the NIS-2 size questions */
export const ENTERPRISES_MAX = 50;
/** a participant's name in a consultation */
export const PARTICIPANT_NAME_MAX_LENGTH = 200;
/** participants of one consultation */
export const PARTICIPANTS_MAX = 30;
