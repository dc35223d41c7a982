/**
 * The default commitments of a pledge, one per criteria group of the preset (DOMAIN.md section 7). A
 * workbook's `Giao ước` [`Pledge`] sheet replaces them; edit them here, nothing else moves.
 */
export const DEFAULT_COMMITMENTS: readonly string[] = [
  // Group A: political tasks and targets.
  'Thi đua hoàn thành xuất sắc các chỉ tiêu, nhiệm vụ chính trị được giao; nâng cao chất lượng, hiệu quả công tác tham mưu và thực hiện nhiệm vụ chuyên môn.',
  // Group B: emulation and commendation work.
  'Tổ chức tốt các phong trào thi đua và công tác khen thưởng; kịp thời phát hiện, bồi dưỡng, biểu dương và nhân rộng các điển hình tiên tiến.',
  // Group C: Party and mass organisations, unity, administrative reform, digital transformation.
  'Xây dựng tổ chức đảng, đoàn thể trong sạch, vững mạnh; giữ vững đoàn kết nội bộ; đẩy mạnh cải cách hành chính, chuyển đổi số; thực hành tiết kiệm, chống lãng phí, phòng, chống tham nhũng, tiêu cực.',
  // Group D: the bloc's joint activities, reports on time.
  'Tham gia đầy đủ, tích cực các hoạt động chung của Khối; thực hiện chế độ thông tin, báo cáo đầy đủ, đúng thời hạn.',
  // Group E: movements launched by the centre and the province.
  'Tích cực hưởng ứng các phong trào thi đua, cuộc vận động do Trung ương và tỉnh phát động.',
];
