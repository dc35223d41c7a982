import { describe, expect, it } from 'vitest';
import { thamMuuTongHop } from '../../../tests/fixtures/blocs.js';
import { buildPledge } from './buildPledge.js';
import { DEFAULT_COMMITMENTS } from './defaultCommitments.js';
import { pledgeSummary } from './pledgeSummary.js';

describe('pledgeSummary', () => {
  it('gives the year N+1, the leaders, the signing order and the commitments', () => {
    const input = thamMuuTongHop({ blocDecision: null });
    const summary = pledgeSummary(buildPledge(input, null), input);
    expect(summary).toMatchObject({
      year: 2026,
      leader: 'Sở Tư pháp',
      deputy: 'Văn phòng Đoàn ĐBQH và HĐND tỉnh',
      commitments: DEFAULT_COMMITMENTS,
      issues: [{ code: 'PLEDGE_DECISION_MISSING', severity: 'warning' }],
    });
    expect(summary.signatories).toHaveLength(7);
    expect(Object.keys(JSON.parse(JSON.stringify(summary)))).toEqual([
      'year',
      'leader',
      'deputy',
      'signatories',
      'commitments',
      'issues',
    ]);
  });

  it('keeps the same shape when the pledge cannot be built', () => {
    const input = thamMuuTongHop({ leader: 'Sở Y tế' });
    expect(pledgeSummary(buildPledge(input, null), input)).toEqual({
      year: 2026,
      leader: null,
      deputy: null,
      signatories: [],
      commitments: [],
      issues: [expect.objectContaining({ code: 'LEADER_UNKNOWN' })],
    });
    const noYear = thamMuuTongHop({ year: Number.NaN });
    expect(pledgeSummary(buildPledge(noYear, null), noYear).year).toBeNull();
    expect(pledgeSummary(buildPledge(input, null)).year).toBeNull();
  });
});
