// Fifty addresses of before 1 July 2025, written the ways people write them, with the unit
// each resolution puts them in. The expected answers are read from the resolutions' text (the
// copies in the dvhcvn/20250701 repository, input/docs/16xx_NQ-UBTVQH15.md), clause by clause:
// `toàn bộ diện tích tự nhiên, quy mô dân số` (the whole unit) is `exact`; `một phần` (a part)
// is `split`, and the new unit of the clause is one of the candidates.
export interface AddressCase {
  readonly text: string;
  readonly status: 'exact' | 'split';
  /** The new unit's official name (for `split`: one of the candidates). */
  readonly commune: string;
  /** The new province's code. */
  readonly province: string;
  /** The street as it should be kept. */
  readonly street?: string;
  /** The resolution and clause. */
  readonly source: string;
}

const HN = '1656/NQ-UBTVQH15 Điều 1';
const HCM = '1685/NQ-UBTVQH15 Điều 1';
const DN = '1659/NQ-UBTVQH15 Điều 1';
const TH = '1686/NQ-UBTVQH15 Điều 1';
const AG = '1654/NQ-UBTVQH15 Điều 1';
const CT = '1668/NQ-UBTVQH15 Điều 1';
const DL = '1660/NQ-UBTVQH15 Điều 1';

export const ADDRESS_CASES: readonly AddressCase[] = [
  // Hà Nội: merged and split wards of the old inner districts.
  {
    text: 'Số 12 Phan Đình Phùng, Phường Quán Thánh, Quận Ba Đình, Hà Nội',
    status: 'exact',
    commune: 'Phường Ba Đình',
    province: '01',
    street: 'Số 12 Phan Đình Phùng',
    source: `${HN} khoản 3`,
  },
  {
    text: '18 Hoàng Diệu, P. Trúc Bạch, Q. Ba Đình, TP. Hà Nội',
    status: 'exact',
    commune: 'Phường Ba Đình',
    province: '01',
    street: '18 Hoàng Diệu',
    source: `${HN} khoản 3`,
  },
  {
    text: 'so 5 ngo 10, phuong vinh phuc, quan ba dinh, ha noi',
    status: 'exact',
    commune: 'Phường Ngọc Hà',
    province: '01',
    street: 'so 5 ngo 10',
    source: `${HN} khoản 4`,
  },
  {
    text: 'Liễu Giai Ba Đình Hà Nội',
    status: 'exact',
    commune: 'Phường Ngọc Hà',
    province: '01',
    street: '',
    source: `${HN} khoản 4`,
  },
  {
    text: 'P. Giảng Võ, Q. Ba Đình, HN',
    status: 'exact',
    commune: 'Phường Giảng Võ',
    province: '01',
    source: `${HN} khoản 5`,
  },
  {
    text: 'Phường Hàng Bạc, Quận Hoàn Kiếm, Thành phố Hà Nội',
    status: 'exact',
    commune: 'Phường Hoàn Kiếm',
    province: '01',
    source: `${HN} khoản 1`,
  },
  {
    text: '12 Tràng Tiền, P. Tràng Tiền, Q. Hoàn Kiếm, Hà Nội',
    status: 'split',
    commune: 'Phường Hoàn Kiếm',
    province: '01',
    street: '12 Tràng Tiền',
    source: `${HN} khoản 1, 2`,
  },
  {
    text: 'Phường Phan Chu Trinh, Hoàn Kiếm, Hà Nội',
    status: 'exact',
    commune: 'Phường Cửa Nam',
    province: '01',
    source: `${HN} khoản 2`,
  },
  {
    text: 'Phường Kim Liên, Quận Đống Đa, Hà Nội',
    status: 'exact',
    commune: 'Phường Kim Liên',
    province: '01',
    source: `${HN} khoản 10`,
  },
  {
    text: 'P. Khâm Thiên, Q. Đống Đa, Hà Nội',
    status: 'exact',
    commune: 'Phường Văn Miếu - Quốc Tử Giám',
    province: '01',
    source: `${HN} khoản 11`,
  },
  {
    text: 'Phường Bạch Mai, Hai Bà Trưng, Hà Nội',
    status: 'exact',
    commune: 'Phường Bạch Mai',
    province: '01',
    source: `${HN} khoản 8`,
  },
  {
    text: 'phuong phuc xa quan ba dinh ha noi',
    status: 'exact',
    commune: 'Phường Hồng Hà',
    province: '01',
    source: `${HN} khoản 14`,
  },
  {
    text: 'Phường Láng Thượng, Đống Đa, Hà Nội',
    status: 'exact',
    commune: 'Phường Láng',
    province: '01',
    source: `${HN} khoản 12`,
  },
  {
    text: 'P. Phố Huế, Q. Hai Bà Trưng, Hà Nội',
    status: 'exact',
    commune: 'Phường Hai Bà Trưng',
    province: '01',
    source: `${HN} khoản 6`,
  },
  {
    text: 'Phường Vĩnh Tuy, Hai Bà Trưng, Hà Nội',
    status: 'split',
    commune: 'Phường Vĩnh Tuy',
    province: '01',
    source: `${HN} khoản 7`,
  },
  // Hồ Chí Minh City: named and numbered wards, abbreviations (P., F., Q.), with and without commas.
  {
    text: 'Số 1 Lê Duẩn, Phường Bến Nghé, Quận 1, TP.HCM',
    status: 'exact',
    commune: 'Phường Sài Gòn',
    province: '79',
    street: 'Số 1 Lê Duẩn',
    source: `${HCM} khoản 1`,
  },
  {
    text: 'Phường Đa Kao, Quận 1, Thành phố Hồ Chí Minh',
    status: 'split',
    commune: 'Phường Tân Định',
    province: '79',
    source: `${HCM} khoản 1, 2`,
  },
  {
    text: 'P. Bến Thành, Q.1, TP HCM',
    status: 'exact',
    commune: 'Phường Bến Thành',
    province: '79',
    source: `${HCM} khoản 3`,
  },
  {
    text: 'Phường Tân Định, Quận 1, Hồ Chí Minh',
    status: 'exact',
    commune: 'Phường Tân Định',
    province: '79',
    source: `${HCM} khoản 2`,
  },
  {
    text: '12 Nguyễn Thị Minh Khai, Phường 2, Quận 3, TP. Hồ Chí Minh',
    status: 'exact',
    commune: 'Phường Bàn Cờ',
    province: '79',
    street: '12 Nguyễn Thị Minh Khai',
    source: `${HCM} khoản 5`,
  },
  {
    text: 'P.4 Q.3 TPHCM',
    status: 'split',
    commune: 'Phường Xuân Hòa',
    province: '79',
    source: `${HCM} khoản 5, 6`,
  },
  {
    text: 'Phường 11, Quận 3, Sài Gòn',
    status: 'exact',
    commune: 'Phường Nhiêu Lộc',
    province: '79',
    source: `${HCM} khoản 7`,
  },
  {
    text: 'Phường 13, Quận 4, TP.HCM',
    status: 'exact',
    commune: 'Phường Xóm Chiếu',
    province: '79',
    source: `${HCM} khoản 8`,
  },
  {
    text: 'phuong 1 quan 4 tp ho chi minh',
    status: 'exact',
    commune: 'Phường Vĩnh Hội',
    province: '79',
    source: `${HCM} khoản 10`,
  },
  {
    text: 'Số 5, F.2, Q.5, TPHCM',
    status: 'exact',
    commune: 'Phường Chợ Quán',
    province: '79',
    street: 'Số 5',
    source: `${HCM} khoản 11`,
  },
  {
    text: 'Phường 07, Quận 5, TP. HCM',
    status: 'exact',
    commune: 'Phường An Đông',
    province: '79',
    source: `${HCM} khoản 12`,
  },
  // Bình Dương and Bà Rịa - Vũng Tàu, merged into Hồ Chí Minh City.
  {
    text: 'Phường Phú Cường, Thành phố Thủ Dầu Một, Tỉnh Bình Dương',
    status: 'exact',
    commune: 'Phường Thủ Dầu Một',
    province: '79',
    source: `${HCM} khoản 87`,
  },
  {
    text: 'P. Phú Hòa, TP. Thủ Dầu Một, Bình Dương',
    status: 'exact',
    commune: 'Phường Phú Lợi',
    province: '79',
    source: `${HCM} khoản 88`,
  },
  {
    text: 'phuong hoa phu thu dau mot binh duong',
    status: 'exact',
    commune: 'Phường Bình Dương',
    province: '79',
    source: `${HCM} khoản 90`,
  },
  {
    text: 'Phường 1, Thành phố Vũng Tàu, Bà Rịa - Vũng Tàu',
    status: 'exact',
    commune: 'Phường Vũng Tàu',
    province: '79',
    source: `${HCM} khoản 102`,
  },
  {
    text: 'Phường Thắng Nhì, TP Vũng Tàu, BR-VT',
    status: 'exact',
    commune: 'Phường Vũng Tàu',
    province: '79',
    source: `${HCM} khoản 102`,
  },
  {
    text: 'Phường 8, Vũng Tàu, tỉnh Bà Rịa - Vũng Tàu',
    status: 'exact',
    commune: 'Phường Tam Thắng',
    province: '79',
    source: `${HCM} khoản 103`,
  },
  {
    text: 'Huyện Côn Đảo, Bà Rịa - Vũng Tàu',
    status: 'exact',
    commune: 'Đặc khu Côn Đảo',
    province: '79',
    source: `${HCM} khoản 163`,
  },
  // Quảng Nam, merged into Đà Nẵng.
  {
    text: 'Phường An Mỹ, Thành phố Tam Kỳ, Tỉnh Quảng Nam',
    status: 'exact',
    commune: 'Phường Tam Kỳ',
    province: '48',
    source: `${DN} khoản 13`,
  },
  {
    text: '10 Trần Phú, P. Minh An, TP. Hội An, Quảng Nam',
    status: 'exact',
    commune: 'Phường Hội An',
    province: '48',
    street: '10 Trần Phú',
    source: `${DN} khoản 21`,
  },
  {
    text: 'Xã Cẩm Thanh, Hội An, Quảng Nam',
    status: 'exact',
    commune: 'Phường Hội An Đông',
    province: '48',
    source: `${DN} khoản 22`,
  },
  {
    text: 'xa cam ha hoi an quang nam',
    status: 'exact',
    commune: 'Phường Hội An Tây',
    province: '48',
    source: `${DN} khoản 23`,
  },
  // Thanh Hóa: thị trấn (abolished) into xã.
  {
    text: 'Thị trấn Hà Lĩnh, Huyện Hà Trung, Tỉnh Thanh Hóa',
    status: 'exact',
    commune: 'Xã Tống Sơn',
    province: '38',
    source: `${TH} khoản 4`,
  },
  {
    text: 'TT. Hà Long, H. Hà Trung, Thanh Hoá',
    status: 'exact',
    commune: 'Xã Hà Long',
    province: '38',
    source: `${TH} khoản 5`,
  },
  {
    text: 'Xã Hà Bình, Hà Trung, Thanh Hóa',
    status: 'split',
    commune: 'Xã Hoạt Giang',
    province: '38',
    source: `${TH} khoản 3, 6`,
  },
  {
    text: 'xa yen duong ha trung thanh hoa',
    status: 'exact',
    commune: 'Xã Hoạt Giang',
    province: '38',
    source: `${TH} khoản 6`,
  },
  // An Giang and Kiên Giang (merged as An Giang, code 91), with the special zone of Phú Quốc.
  {
    text: 'Phường Mỹ Bình, Thành phố Long Xuyên, An Giang',
    status: 'exact',
    commune: 'Phường Long Xuyên',
    province: '91',
    source: `${AG} khoản 80`,
  },
  {
    text: 'Xã Cửa Cạn, Thành phố Phú Quốc, Kiên Giang',
    status: 'exact',
    commune: 'Đặc khu Phú Quốc',
    province: '91',
    source: `${AG} khoản 95`,
  },
  {
    text: 'Phường Dương Đông, TP. Phú Quốc, tỉnh Kiên Giang',
    status: 'exact',
    commune: 'Đặc khu Phú Quốc',
    province: '91',
    source: `${AG} khoản 95`,
  },
  // Cần Thơ, with Hậu Giang (Roman-numbered wards) merged into it.
  {
    text: 'Phường Tân An, Quận Ninh Kiều, Cần Thơ',
    status: 'exact',
    commune: 'Phường Ninh Kiều',
    province: '92',
    source: `${CT} khoản 1`,
  },
  {
    text: 'Phường III, Thành phố Vị Thanh, Hậu Giang',
    status: 'exact',
    commune: 'Phường Vị Thanh',
    province: '92',
    source: `${CT} khoản 16`,
  },
  {
    text: 'Xã Vị Đông, Huyện Vị Thủy, Tỉnh Hậu Giang',
    status: 'exact',
    commune: 'Xã Vị Thanh 1',
    province: '92',
    source: `${CT} khoản 47`,
  },
  // Đắk Lắk (with Phú Yên merged into it).
  {
    text: 'Phường Tân Lợi, TP. Buôn Ma Thuột, Đắk Lắk',
    status: 'exact',
    commune: 'Phường Buôn Ma Thuột',
    province: '66',
    source: `${DL} khoản 82`,
  },
  {
    text: 'Xã Cư Êbur, Buôn Ma Thuột, Dak Lak',
    status: 'exact',
    commune: 'Phường Buôn Ma Thuột',
    province: '66',
    source: `${DL} khoản 82`,
  },
  {
    text: 'Xã Hòa Thắng, Thành phố Buôn Ma Thuột, Tỉnh Đắk Lắk',
    status: 'exact',
    commune: 'Phường Tân Lập',
    province: '66',
    source: `${DL} khoản 84`,
  },
];
