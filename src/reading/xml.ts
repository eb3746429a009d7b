/** Escape text for XML element content and double- or single-quoted attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(XML_ILLEGAL, ' ');
}

// Characters XML 1.0 cannot carry at all, not even as references (a form feed from a copied
// Word page break, other C0 controls, unpaired surrogates): one would make the whole feed
// unreadable, so each becomes a space.
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
