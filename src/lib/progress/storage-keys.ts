/** Where progress lives in localStorage. Kept apart from the schema so light pages can read it without the schema validator. */
export const progressKey = 'look-closer:progress';
/** Unreadable progress is copied to this prefix plus the ISO time it was found, never thrown away. */
export const backupKeyPrefix = 'look-closer:progress:backup:';
/** Fired on `window` after this tab saves progress; other tabs hear the `storage` event instead. */
export const progressChangeEvent = 'look-closer:progress-change';
