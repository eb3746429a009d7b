/**
 * The Content-Security-Policy every page carries in a `<meta>` (static hosting cannot be relied
 * on to send headers). Pasted HTML is sanitised at build time; the policy is the second wall.
 * The site has no inline scripts or styles (scripts and stylesheets are files under /_astro/,
 * JSON data blocks are not executed), so no hashes are needed: Astro's own CSP support hashed
 * every page's scripts again (2 s of a 1,000-speech build) to add nothing.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // Pagefind compiles WebAssembly.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  // The service worker must come from our own origin.
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
