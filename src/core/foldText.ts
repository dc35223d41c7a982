/**
 * Folds text for matching sheet names, headers and keywords as a clerk types them: lower case, no
 * diacritics (đ = d), non-breaking and repeated spaces collapsed, trimmed.
 *
 * @example foldText('  Tỷ lệ\u00a0nữ (%) ') // 'ty le nu (%)'
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\s\u00a0\u2007\u202f]+/g, ' ')
    .trim();
}
