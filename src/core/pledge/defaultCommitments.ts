/**
 * The default commitments of a pledge (DOMAIN.md section 7), concrete as the real pledges of the seeds are
 * (Đắk Nông 2023, Hà Giang 2020, Tây Ninh 2023): quantified targets, the study of Hồ Chí Minh's thought,
 * the emulation movements, Party building and office culture, reform, thrift and anti-corruption, the
 * bloc's joint activities and the province's social movements. A workbook's `Giao ước` [`Pledge`] sheet
 * replaces them; edit them here, nothing else moves.
 */
export const DEFAULT_COMMITMENTS: readonly string[] = [
  // Targets, quantified.
  'Phấn đấu 100% đơn vị thành viên hoàn thành tốt nhiệm vụ trở lên, trong đó có ít nhất 01 đơn vị hoàn thành xuất sắc nhiệm vụ; hoàn thành và hoàn thành vượt mức các chỉ tiêu, nhiệm vụ chính trị được giao trong năm.',
  // Hồ Chí Minh's thought, ethics and style.
  'Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với thực hiện nhiệm vụ chính trị của từng đơn vị; đề cao trách nhiệm nêu gương của người đứng đầu, cán bộ, đảng viên.',
  // Emulation movements and good examples.
  'Tổ chức thực hiện có hiệu quả các phong trào thi đua do Trung ương, tỉnh và Khối phát động; kịp thời phát hiện, bồi dưỡng, biểu dương, khen thưởng và nhân rộng các điển hình tiên tiến, mô hình mới, cách làm hay.',
  // Party and mass organisations, unity, office culture and discipline.
  'Xây dựng tổ chức đảng trong sạch, vững mạnh, các đoàn thể hoàn thành xuất sắc nhiệm vụ; giữ vững đoàn kết nội bộ; xây dựng văn hóa công sở, siết chặt kỷ luật, kỷ cương hành chính.',
  // Reform, digital transformation, thrift and anti-corruption.
  'Đẩy mạnh cải cách hành chính, chuyển đổi số; thực hành tiết kiệm, chống lãng phí; phòng, chống tham nhũng, tiêu cực.',
  // The bloc's joint activities, the province's social movements, reports on time.
  'Tham gia đầy đủ, tích cực các hoạt động chung của Khối và các phong trào, cuộc vận động xã hội của tỉnh, nhất là ủng hộ Quỹ “Vì người nghèo”, đền ơn đáp nghĩa, an sinh xã hội; thực hiện chế độ thông tin, báo cáo đầy đủ, đúng thời hạn.',
];
