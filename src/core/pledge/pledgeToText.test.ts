import { describe, expect, it } from 'vitest';
import { thamMuuTongHop } from '../../../tests/fixtures/blocs.js';
import { buildPledge } from './buildPledge.js';
import { pledgeToText } from './pledgeToText.js';

describe('pledgeToText', () => {
  it('prints sections, styles, rules, placeholders and the signature grid', () => {
    const model = buildPledge(thamMuuTongHop({ blocDecision: null }), null).value!;
    const text = pledgeToText(model);
    expect(text.split('\n')[0]).toMatch(/^# Giao ước thi đua năm 2026 \(A4 portrait, Times New Roman/);
    expect(text).toContain('=== header ===');
    expect(text).toContain('[title 14 b center] GIAO ƯỚC THI ĐUA NĂM 2026');
    expect(text).toContain('(rule 60 %)');
    expect(text).toMatch(/Căn cứ ⟦Quyết định số ……\/QĐ-UBND ngày …… tháng …… năm …… của Ủy ban nhân dân tỉnh ……⟧;/);
    expect(text).toContain('[row 4, centred] (member)');
    expect(text).toContain('[signatureTag 13 b center] KHỐI TRƯỞNG');
    expect(text).toContain('(72 pt to sign and seal)');
  });

  it('prints the bare text without styles', () => {
    const model = buildPledge(thamMuuTongHop(), null).value!;
    const text = pledgeToText(model, { styles: false });
    expect(text).toContain('\nGIAO ƯỚC THI ĐUA NĂM 2026\n');
    expect(text).not.toContain('[title');
  });
});
