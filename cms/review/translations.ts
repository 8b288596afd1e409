/**
 * Payload's Chinese wording changed where it is ambiguous here: the publication status column
 * (状态) sits beside other status columns, so it says which status it is.
 */
export const reviewTranslations: Record<string, Record<string, string>> = {
  version: { status: '发布状态' },
}
