// Whether the checks are kept on the device or only in memory (this window), for the notice.
class StorageMode {
	/** IndexedDB is refused: everything lives only as long as this window. */
	memory = $state(false);

	useMemory(): void {
		this.memory = true;
	}
}

export const storageMode = new StorageMode();
