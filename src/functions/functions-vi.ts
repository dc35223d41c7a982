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
    description:
      'Phiên bản BlocRank đang tính các hàm này; ghi kèm khi cần hỗ trợ. Ví dụ: =TDKT.PHIENBAN() trả về "0.1.0".',
  },
  RANKBLOC: {
    name: 'XEPHANG',
    description:
      'Xếp hạng tổng điểm theo quy định của khối: cao xếp trước, 1, 2, 2, 4; bằng điểm thì xét lần lượt các cột phá hòa. Ví dụ: =TDKT.XEPHANG(H2:H12) trả về thứ hạng từng đơn vị; =TDKT.XEPHANG(H2:H12;;I2:I12) phá hòa theo cột I; =TDKT.XEPHANG(H2;H$2:H$12) xếp hạng một đơn vị như RANK.EQ.',
    parameters: {
      values: {
        name: 'gia_tri',
        description:
          'Tổng điểm: một cột (bỏ trống vung: trả về thứ hạng từng dòng), hoặc tổng điểm của một đơn vị cần xếp hạng trong vung, kèm giá trị phá hòa của chính đơn vị khi có cột phá hòa (ví dụ H2:J2).',
      },
      range: {
        name: 'vung',
        description: 'Cột tổng điểm của cả khối để so, như trong RANK.EQ. Bỏ trống để xếp hạng chính cột gia_tri.',
      },
      tiebreak1: {
        name: 'pha_hoa_1',
        description:
          'Cột phá hòa thứ nhất, cùng dòng với tổng điểm: khi bằng tổng điểm, giá trị cao hơn xếp trước (điểm trừ thì đổi dấu: -K2:K12). Ô trống tính 0, TRUE tính 1.',
      },
      tiebreak2: { name: 'pha_hoa_2', description: 'Cột phá hòa thứ hai, xét khi vẫn bằng nhau.' },
      tiebreak3: { name: 'pha_hoa_3', description: 'Cột phá hòa thứ ba, xét khi vẫn bằng nhau.' },
    },
  },
  TOTAL: {
    name: 'TONGDIEM',
    description:
      "Tổng điểm của một đơn vị: điểm chấm + điểm thưởng (không quá trần) - điểm trừ, mỗi điểm được kiểm tra với điểm tối đa. Ví dụ: =TDKT.TONGDIEM(C5:L5; 'Tiêu chí'!D$3:D$12; 'Tiêu chí'!E$3:E$12) với C5:L5 là điểm của đơn vị, cột D, E là điểm tối đa và loại của tiêu chí.",
    parameters: {
      points: {
        name: 'diem',
        description:
          'Điểm của một đơn vị, mỗi tiêu chí một ô theo thứ tự tiêu chí (hoặc nhiều đơn vị, mỗi đơn vị một dòng: trả về tổng điểm từng dòng).',
      },
      maxima: {
        name: 'diem_toi_da',
        description:
          'Điểm tối đa của các tiêu chí, cùng thứ tự (tiêu chí thưởng, trừ có thể để trống: không giới hạn).',
      },
      kinds: {
        name: 'loai',
        description:
          'Loại tiêu chí: Chấm điểm, Thưởng hoặc Trừ; ô trống là Chấm điểm. Bỏ qua khi mọi tiêu chí đều là chấm điểm.',
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
      "Tổng điểm tối đa: tổng điểm tối đa của các tiêu chí chấm điểm (không tính thưởng, trừ), dùng để xếp loại và tính trần điểm thưởng. Ví dụ: =TDKT.DIEMTOIDA('Tiêu chí'!D3:D12; 'Tiêu chí'!E3:E12) trả về 100 với bảng tiêu chí mặc định.",
    parameters: {
      maxima: { name: 'diem_toi_da', description: 'Điểm tối đa của các tiêu chí.' },
      kinds: {
        name: 'loai',
        description:
          'Loại tiêu chí: Chấm điểm, Thưởng hoặc Trừ; ô trống là Chấm điểm. Bỏ qua khi mọi tiêu chí đều là chấm điểm.',
      },
    },
  },
  GRADE: {
    name: 'XEPLOAI',
    description:
      'Xếp loại theo thang điểm của Khối (không phải xếp loại chính thức), theo tỷ lệ tổng điểm trên tổng điểm tối đa: từ 90 % Xuất sắc, từ 70 % Tốt, từ 50 % Hoàn thành, dưới 50 % Chưa hoàn thành. Ví dụ: =TDKT.XEPLOAI(M5; 100) trả về "Xuất sắc" khi M5 là 92.',
    parameters: {
      total: { name: 'tong_diem', description: 'Tổng điểm, hoặc một cột tổng điểm (trả về xếp loại từng ô).' },
      maxScore: {
        name: 'diem_toi_da',
        description: 'Tổng điểm tối đa (tổng điểm tối đa của các tiêu chí chấm điểm, xem TDKT.DIEMTOIDA), ví dụ 100.',
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
      'Đề nghị khen thưởng cho từng đơn vị của khối theo quy định và số suất: Cờ thi đua rồi Bằng khen theo thứ hạng, bỏ qua đơn vị bị kỷ luật hoặc xếp loại thấp; đồng hạng vượt số suất để khối bình xét. Ví dụ: =TDKT.KHENTHUONG(N2:N12; O2:O12; P2:P12) với thứ hạng ở cột N, xếp loại ở O, kỷ luật ở P.',
    parameters: {
      ranks: { name: 'xep_hang', description: 'Cột thứ hạng (do TDKT.XEPHANG tính), mỗi đơn vị của khối một dòng.' },
      grades: { name: 'xep_loai', description: 'Cột xếp loại (tên hoặc mã như HTXSNV), cùng dòng.' },
      discipline: {
        name: 'ky_luat',
        description:
          'Cột Kỷ luật: Có = đang bị xem xét kỷ luật, điều tra, thanh tra, không đề nghị khen thưởng; ô trống = không.',
      },
      provincialFlags: { name: 'so_co_tinh', description: 'Số Cờ thi đua của UBND tỉnh; mặc định 1.' },
      certificates: {
        name: 'so_bang_khen',
        description: 'Số Bằng khen, hoặc "Tự động" (mặc định): từ 10 đơn vị 3, từ 6 đến 9 đơn vị 2, đến 5 đơn vị 1.',
      },
      exceededTargets: {
        name: 'vuot_chi_tieu',
        description:
          'Cột Vượt chỉ tiêu (Có/Không): Không thì không đề nghị Cờ; để trống hoặc bỏ qua: đề nghị Cờ kèm "cần xác nhận".',
      },
      strongOrganisations: {
        name: 'to_chuc_vung_manh',
        description:
          'Cột Tổ chức đảng, đoàn thể vững mạnh (Có/Không): Không thì không đề nghị Cờ; để trống hoặc bỏ qua: cần xác nhận.',
      },
      nominateGovernmentFlag: {
        name: 'de_nghi_co_chinh_phu',
        description:
          'Đề nghị đơn vị được Cờ xếp hạng cao nhất xét tặng Cờ thi đua của Chính phủ: Có (mặc định) hoặc Không.',
      },
      governmentFlagWithProvincial: {
        name: 'co_cp_kem_co_tinh',
        description:
          'Có (mặc định): đơn vị được đề nghị Cờ Chính phủ cũng nhận Cờ tỉnh; Không: chỉ nhận Cờ Chính phủ, Cờ tỉnh dành cho các đơn vị kế tiếp.',
      },
      awardGrade: { name: 'xep_loai_toi_thieu', description: 'Xếp loại thấp nhất được khen thưởng; mặc định HTXSNV.' },
      lang: { name: 'ngon_ngu', description: '"vi" (mặc định) hoặc "en": ngôn ngữ tên hình thức khen thưởng.' },
    },
  },
};
