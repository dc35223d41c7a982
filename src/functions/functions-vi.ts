/**
 * Vietnamese text of the custom functions, merged into dist/functions-vi.json by the build
 * (scripts/customFunctionsPlugin.ts). Keyed by function id (never changes); parameters are keyed by the
 * parameter's name in functions.ts. A function or parameter missing here, or an entry for one that no
 * longer exists, fails the build.
 */
export interface ViFunctionText {
  /** Vietnamese function name shown in Excel (after the TDKT. namespace): letters, digits, '.', '_'. */
  readonly name: string;
  readonly description: string;
  /** Parameter name → its Vietnamese name (optional, defaults to the English one) and description. */
  readonly parameters?: Readonly<Record<string, { readonly name?: string; readonly description: string }>>;
}

export const functionsVi: Readonly<Record<string, ViFunctionText>> = {
  VERSION: {
    name: 'PHIENBAN',
    description: 'Phiên bản BlocRank đang tính các hàm này; ghi kèm khi cần hỗ trợ. Ví dụ: =TDKT.PHIENBAN()',
  },
  RANKBLOC: {
    name: 'XEPHANG',
    description:
      'Xếp hạng tổng điểm như RANK.EQ, bằng điểm thì xét cột ưu tiên (1, 2, 2, 4). =TDKT.XEPHANG(H2:H12); =TDKT.XEPHANG(H2;H$2:H$12)',
    parameters: {
      values: {
        name: 'gia_tri',
        description:
          'Các tổng điểm cần xếp hạng, hoặc tổng điểm một đơn vị; có cột ưu tiên thì thêm giá trị ưu tiên của chính đơn vị.',
      },
      range: {
        name: 'vung',
        description:
          'Tổng điểm của cả khối để so, như trong RANK.EQ; bỏ trống để xếp chính gia_tri. Nên dùng vùng có giới hạn.',
      },
      tiebreak1: {
        name: 'thu_tu_uu_tien_1',
        description:
          'Thứ tự như RANK.EQ (0 cao trước, 1 thấp trước), hoặc cột tiêu chí ưu tiên khi bằng điểm thứ nhất: cao trước, ô trống là 0.',
      },
      tiebreak2: { name: 'uu_tien_2', description: 'Cột tiêu chí ưu tiên thứ hai, xét khi vẫn bằng điểm.' },
      tiebreak3: { name: 'uu_tien_3', description: 'Cột tiêu chí ưu tiên thứ ba, xét khi vẫn bằng điểm.' },
    },
  },
  TOTAL: {
    name: 'TONGDIEM',
    description:
      'Tổng điểm của đơn vị: điểm chấm + điểm thưởng (có trần) - điểm trừ, mỗi điểm so với điểm tối đa. =TDKT.TONGDIEM(C5:L5; D$3:D$12)',
    parameters: {
      points: {
        name: 'diem',
        description:
          'Điểm của một đơn vị, mỗi tiêu chí một ô theo thứ tự tiêu chí (hoặc nhiều đơn vị, mỗi đơn vị một dòng).',
      },
      maxima: {
        name: 'diem_toi_da',
        description:
          'Điểm tối đa của các tiêu chí, cùng thứ tự (tiêu chí thưởng, trừ có thể để trống: không giới hạn).',
      },
      kinds: {
        name: 'loai',
        description:
          'Loại tiêu chí: Chấm điểm, Thưởng hoặc Trừ; ô trống là Chấm điểm. Bỏ qua khi mọi tiêu chí đều chấm điểm.',
      },
      bonusCapPercent: {
        name: 'tran_diem_thuong',
        description: 'Trần điểm thưởng, tính theo % tổng điểm tối đa; mặc định 10.',
      },
    },
  },
  MAXSCORE: {
    name: 'DIEMTOIDA',
    description:
      'Tổng điểm tối đa: tổng điểm tối đa các tiêu chí chấm điểm (không tính thưởng, trừ). =TDKT.DIEMTOIDA(D3:D12; E3:E12) trả về 100.',
    parameters: {
      maxima: { name: 'diem_toi_da', description: 'Điểm tối đa của các tiêu chí.' },
      kinds: {
        name: 'loai',
        description:
          'Loại tiêu chí: Chấm điểm, Thưởng hoặc Trừ; ô trống là Chấm điểm. Bỏ qua khi mọi tiêu chí đều chấm điểm.',
      },
    },
  },
  GRADE: {
    name: 'XEPLOAI',
    description:
      'Xếp loại của Khối (không phải xếp loại chính thức) theo % điểm tối đa: 90 Xuất sắc, 70 Tốt, 50 Hoàn thành. =TDKT.XEPLOAI(M5;100)',
    parameters: {
      total: {
        name: 'tong_diem',
        description: 'Tổng điểm, hoặc một cột tổng điểm (trả về xếp loại từng ô; tổng điểm trống thì ô trống).',
      },
      maxScore: {
        name: 'diem_toi_da',
        description: 'Tổng điểm tối đa (của các tiêu chí chấm điểm, xem TDKT.DIEMTOIDA), ví dụ 100.',
      },
      lang: {
        name: 'ngon_ngu',
        description:
          '"vi" (mặc định): tên xếp loại tiếng Việt; "en": tiếng Anh; "code": mã HTXSNV, HTTNV, HTNV, KHTNV.',
      },
      excellent: { name: 'nguong_xuat_sac', description: 'Tỷ lệ thấp nhất để đạt HTXSNV; mặc định 90.' },
      good: { name: 'nguong_tot', description: 'Tỷ lệ thấp nhất để đạt HTTNV; mặc định 70.' },
      complete: { name: 'nguong_hoan_thanh', description: 'Tỷ lệ thấp nhất để đạt HTNV; mặc định 50.' },
    },
  },
  AWARDS: {
    name: 'KHENTHUONG',
    description:
      'Đề nghị khen thưởng từng đơn vị theo quy định của Khối: Cờ thi đua rồi Bằng khen theo thứ hạng. =TDKT.KHENTHUONG(N2:N12; O2:O12)',
    parameters: {
      ranks: {
        name: 'xep_hang',
        description: 'Cột thứ hạng do TDKT.XEPHANG tính (được có dòng trống), mỗi đơn vị một dòng.',
      },
      grades: { name: 'xep_loai', description: 'Cột xếp loại (tên hoặc mã như HTXSNV), cùng dòng.' },
      discipline: {
        name: 'ky_luat',
        description:
          'Cột Kỷ luật: Có = đang bị xem xét kỷ luật, điều tra, thanh tra, chưa đề nghị khen thưởng; ô trống = không.',
      },
      provincialFlags: { name: 'so_co_tinh', description: 'Số Cờ thi đua của UBND tỉnh; mặc định 1.' },
      certificates: {
        name: 'so_bang_khen',
        description: 'Số Bằng khen, hoặc "Tự động" (mặc định): từ 10 đơn vị 3, từ 6 đến 9 đơn vị 2, đến 5 đơn vị 1.',
      },
      exceededTargets: {
        name: 'vuot_chi_tieu',
        description: 'Cột Vượt chỉ tiêu (Có/Không): Không thì không đề nghị Cờ; để trống hoặc bỏ qua: cần xác nhận.',
      },
      strongOrganisations: {
        name: 'to_chuc_vung_manh',
        description:
          'Cột Tổ chức đảng, đoàn thể vững mạnh (Có/Không): Không thì không đề nghị Cờ; để trống: cần xác nhận.',
      },
      nominateGovernmentFlag: {
        name: 'de_nghi_co_chinh_phu',
        description:
          'Đề nghị đơn vị được Cờ có thứ hạng cao nhất xét tặng Cờ thi đua của Chính phủ: Có (mặc định) hoặc Không.',
      },
      governmentFlagWithProvincial: {
        name: 'co_cp_kem_co_tinh',
        description: 'Có (mặc định): đơn vị được đề nghị Cờ Chính phủ cũng nhận Cờ tỉnh; Không: chỉ nhận Cờ Chính phủ.',
      },
      awardGrade: { name: 'xep_loai_toi_thieu', description: 'Xếp loại thấp nhất được khen thưởng; mặc định HTXSNV.' },
      lang: { name: 'ngon_ngu', description: '"vi" (mặc định) hoặc "en": ngôn ngữ tên hình thức khen thưởng.' },
    },
  },
};
