/** Elements that come after `<calcPr>` in CT_Workbook: a created calcPr goes before the first of them. */
const AFTER_CALC_PR = ['oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];

/**
 * Sets `fullCalcOnLoad="1"` on the workbook's `<calcPr>` (creating it where the schema puts it), so formulas
 * that use the result cells are recalculated when the copy is opened. Nothing else changes; a workbook
 * that already has it is returned as it was.
 *
 * @example withFullCalcOnLoad('<workbook><sheets/></workbook>') // '<workbook><sheets/><calcPr fullCalcOnLoad="1"/></workbook>'
 */
export function withFullCalcOnLoad(xml: string): string {
  const p = /<(\w+:)?workbook\b/.exec(xml)?.[1] ?? '';
  const calc = new RegExp(`<${p}calcPr\\b[^>]*?/?>`).exec(xml);
  if (calc) {
    const tag = calc[0];
    const next = /\sfullCalcOnLoad="[^"]*"/.test(tag) ? tag.replace(/\sfullCalcOnLoad="[^"]*"/, ' fullCalcOnLoad="1"') : tag.replace(/\s*(\/?)>$/, ' fullCalcOnLoad="1"$1>');
    return next === tag ? xml : xml.slice(0, calc.index) + next + xml.slice(calc.index + tag.length);
  }
  let at = -1;
  for (const name of AFTER_CALC_PR) {
    const m = new RegExp(`<${p}${name}\\b`).exec(xml);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) at = xml.lastIndexOf(`</${p}workbook>`);
  return `${xml.slice(0, at)}<${p}calcPr fullCalcOnLoad="1"/>${xml.slice(at)}`;
}
