export { createLocalStorage, type LocalStorageOptions } from './create-local-storage';
export { createMemoryStorage } from './create-memory-storage';
export type { StorageAdapter } from './storage-adapter';
export { parseStoredSession, type StoredSession } from './stored-session';
