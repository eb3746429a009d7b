/** Bad input the importer refuses; the message is Chinese, for the person at the terminal. */
export class ImportError extends Error {
  override name = 'ImportError';
}
