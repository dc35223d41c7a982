import type { Lang } from '../core/model.js';
import { headerKey } from './headerKey.js';
import type { NameTable } from './names.js';
import type { CellValue } from './types.js';

/** What a header matched: the key of the name table and the language of the name. */
export interface HeaderMatch<K extends string> {
  readonly key: K;
  readonly lang: Lang;
}

type Compiled = ReadonlyMap<string, HeaderMatch<string>>;
// Tables are module constants: compile each once, not per cell.
const compiled = new WeakMap<object, Compiled>();

function compile(table: NameTable<string>): Compiled {
  const map = new Map<string, HeaderMatch<string>>();
  for (const [key, names] of Object.entries(table)) {
    for (const lang of ['vi', 'en'] as const) {
      for (const name of names[lang]) {
        const k = headerKey(name);
        if (!map.has(k)) map.set(k, { key, lang });
      }
    }
  }
  return map;
}

/**
 * Finds which name of `table` a cell holds, ignoring case, diacritics (đ = d) and spacing (see
 * `headerKey`). Whole names only: `Tổng điểm thưởng` is not `Tổng điểm`.
 *
 * @example matchHeader('TONG  DIEM', SCORE_COLUMNS) // { key: 'total', lang: 'vi' }
 * @example matchHeader('Total', SCORE_COLUMNS) // { key: 'total', lang: 'en' }
 */
export function matchHeader<K extends string>(
  value: CellValue | undefined,
  table: NameTable<K>,
): HeaderMatch<K> | null {
  let map = compiled.get(table);
  if (!map) {
    map = compile(table);
    compiled.set(table, map);
  }
  const key = headerKey(value);
  if (!key) return null;
  return (map.get(key) as HeaderMatch<K> | undefined) ?? null;
}
