/** The line a dev build process prints once it is warm and waiting for its go (see build-process.ts). */
export const STANDBY_READY = '[standby ready]';
