import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../core/foldText.js';
import { foldKey } from './foldKey.js';

describe('foldKey', () => {
  it('equals foldText', () => {
    for (const s of [
      'Sở Nội vụ',
      '  SỞ  NỘI VỤ ',
      'Đảng uỷ Khối',
      'Sở Nội vụ'.normalize('NFD'),
      'a\u00a0b',
      'Ủy ban MTTQ Việt Nam tỉnh',
      'x\ty',
      '',
    ]) {
      expect(foldKey(s)).toBe(foldText(s));
    }
    const viet = fc.constantFrom(
      ...'aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵĐĂÂÊÔƠƯ ABC 12.-()'.split(
        '',
      ),
    );
    fc.assert(
      fc.property(
        fc.array(viet).map((a) => a.join('')),
        (s) => {
          expect(foldKey(s)).toBe(foldText(s));
        },
      ),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(foldKey(s)).toBe(foldText(s));
      }),
    );
  });
});
