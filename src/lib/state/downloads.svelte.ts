// The last file the app handed to the browser's download, for the one polite message that
// confirms every download (components/DownloadNotice.svelte in the layout).
class Downloads {
	/** what to say: the file's confirmation, or null when there is nothing to confirm */
	last = $state<{ file: string; message?: string; count: number } | null>(null);

	/** `message` says more than "… wurde heruntergeladen" where that helps (a backup: keep it safe). */
	done(file: string, message?: string): void {
		this.last = { file, message, count: (this.last?.count ?? 0) + 1 };
	}

	dismiss(): void {
		this.last = null;
	}
}

export const downloads = new Downloads();
