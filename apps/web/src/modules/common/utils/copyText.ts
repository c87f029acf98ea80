/**
 * Copies text to the clipboard; false when the browser refuses. The Clipboard API exists only in
 * secure contexts (https or localhost), so an intranet deployment over plain http gets false and
 * the caller asks the person to copy by hand.
 */
export const copyText = async (text: string): Promise<boolean> => {
  if (!window.isSecureContext) return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
};
