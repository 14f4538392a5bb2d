/** Dispatched (bubbling) from inside an island once React has hydrated it: SavedDataGate, in every tool island, sends it; client:first-use waits for it. */
export const HYDRATED_EVENT = 'touchpoint:hydrated';
