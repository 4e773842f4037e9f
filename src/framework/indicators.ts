import { describe } from '../internal/describe.js';
import { deepFreeze } from '../internal/freeze.js';
import { fail, knownKeys } from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import type { IndicatorDefinition, Unit } from '../model/indicator.js';
import { UnitSchema } from '../model/indicator.js';
import type { PillarId } from '../model/pillar.js';
import { PillarIdSchema } from '../model/pillar.js';

const D749 = '749/QĐ-TTg';
const D942 = '942/QĐ-TTg';
const D411 = '411/QĐ-TTg';
const D1726 = '1726/QĐ-BTTTT';
const D922 = '922/QĐ-BTTTT';
const D405 = '405/QĐ-BKHCN';
const D57 = '57-NQ/TW';
const D03 = '03/NQ-CP';
const D06 = '06/QĐ-TTg';
const D43 = '43/2011/NĐ-CP';
const D42 = '42/2022/NĐ-CP';

const DEFAULT_BOUNDS: Record<Unit, IndicatorDefinition['bounds']> = {
  percent: { min: 0, max: 100 },
  count: { min: 0 },
  per100: { min: 0 },
  vnd: { min: 0 },
  rank: { min: 1 },
  index: { min: 0, max: 1 },
  days: { min: 0 },
  hours: { min: 0 },
};

interface Extra {
  readonly legalBasis?: readonly string[];
  readonly note?: string;
  readonly bounds?: IndicatorDefinition['bounds'];
  readonly numerator?: string;
  readonly denominator?: string;
}

function indicator(
  id: string,
  pillar: PillarId,
  unit: Unit,
  vi: string,
  en: string,
  extra: Extra = {},
): IndicatorDefinition {
  return {
    id,
    pillar,
    label: { vi, en },
    unit,
    direction: unit === 'rank' ? 'lower-is-better' : 'higher-is-better',
    bounds: { ...(extra.bounds ?? DEFAULT_BOUNDS[unit]) },
    ...(extra.numerator === undefined ? {} : { numerator: extra.numerator }),
    ...(extra.denominator === undefined ? {} : { denominator: extra.denominator }),
    legalBasis: [...(extra.legalBasis ?? [])],
    ...(extra.note === undefined ? {} : { note: extra.note }),
  };
}

const COVID_NOTE =
  'A context count from the COVID-19 response; it has no natural direction, and higher-is-better is a placeholder.';

const DTI_BASIS = [D1726, D922, D405];

/**
 * The indicator catalogue: what each indicator measures, its pillar, unit,
 * direction, bounds and legal basis. It holds every indicator of the seed
 * dataset, every indicator a national target needs (see `NATIONAL_TARGETS`)
 * and the DTI indices: the overall value and rank, the pillar values, and one
 * indicator per main index of the 922/QĐ-BTTTT scheme. Percentages are 0–100,
 * DTI values 0–1, and ranks start at 1 (lower is better).
 *
 * Derived ratios name their `numerator` and `denominator` indicators, e.g. the
 * share of outgoing documents digitally signed.
 *
 * @example
 * ```ts
 * import { INDICATORS } from 'vn-dx/framework';
 *
 * const signed = INDICATORS.find((indicator) => indicator.id === 'gov.edocs.outgoing-signed-share');
 * signed?.numerator; // 'gov.edocs.outgoing-signed.count'
 * signed?.bounds; // { min: 0, max: 100 }
 * ```
 *
 * @category Data
 */
export const INDICATORS: readonly IndicatorDefinition[] = deepFreeze([
  // --- digital government ----------------------------------------------------
  indicator(
    'gov.online-services.level4-eligible-share',
    'government',
    'percent',
    'Tỷ lệ dịch vụ công đủ điều kiện được cung cấp trực tuyến mức độ 4',
    'Share of eligible public services offered online at level 4',
    {
      legalBasis: [D43],
      note: 'Base: the services eligible for level 4, not all services. Levels 1–4 were replaced by full-process and partial services on 15 August 2022.',
    },
  ),
  indicator(
    'gov.online-services.level4-share',
    'government',
    'percent',
    'Tỷ lệ dịch vụ công trực tuyến mức độ 4',
    'Share of online public services at level 4',
    {
      legalBasis: [D749, D43],
      note: 'The 749/QĐ-TTg measure: services at level 4 and usable on many channels, mobile devices included. Compare gov.online-services.level4-eligible-share, whose base is the eligible services only.',
    },
  ),
  indicator(
    'gov.online-services.count',
    'government',
    'count',
    'Số dịch vụ công trực tuyến',
    'Online public services provided',
  ),
  indicator(
    'gov.online-services.full-process.count',
    'government',
    'count',
    'Số dịch vụ công trực tuyến toàn trình',
    'Full-process online public services',
    { legalBasis: [D42] },
  ),
  indicator(
    'gov.online-services.national-portal-integrated.count',
    'government',
    'count',
    'Số dịch vụ công/TTHC tích hợp, kết nối Cổng DVC quốc gia',
    'Public services/procedures integrated with the National Public Service Portal',
  ),
  indicator(
    'gov.online-services.national-portal-integrated-share',
    'government',
    'percent',
    'Tỷ lệ dịch vụ công tích hợp Cổng DVC quốc gia',
    'Share of online services integrated with the National Public Service Portal',
    {
      numerator: 'gov.online-services.national-portal-integrated.count',
      denominator: 'gov.online-services.count',
    },
  ),
  indicator(
    'gov.dossiers.online-share',
    'government',
    'percent',
    'Tỷ lệ hồ sơ trực tuyến',
    'Share of administrative dossiers submitted online',
  ),
  indicator(
    'gov.dossiers.fully-online-share',
    'government',
    'percent',
    'Tỷ lệ hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến',
    'Share of administrative-procedure dossiers handled entirely online',
    {
      legalBasis: [D942],
      note: 'Handled online from submission to result, with data declared once; compare gov.dossiers.online-share (submitted online).',
    },
  ),
  indicator(
    'gov.work-dossiers.province-online-share',
    'government',
    'percent',
    'Tỷ lệ hồ sơ công việc cấp bộ, cấp tỉnh được xử lý trên môi trường mạng',
    'Share of work files handled online at ministry and provincial level',
    {
      legalBasis: [D749, D942],
      note: 'Internal work files (hồ sơ công việc) of state bodies, state secrets excluded; not administrative-procedure dossiers.',
    },
  ),
  indicator(
    'gov.work-dossiers.district-online-share',
    'government',
    'percent',
    'Tỷ lệ hồ sơ công việc cấp huyện được xử lý trên môi trường mạng',
    'Share of work files handled online at district level',
    {
      legalBasis: [D749, D942],
      note: 'The district level was abolished on 1 July 2025.',
    },
  ),
  indicator(
    'gov.work-dossiers.commune-online-share',
    'government',
    'percent',
    'Tỷ lệ hồ sơ công việc cấp xã được xử lý trên môi trường mạng',
    'Share of work files handled online at commune level',
    { legalBasis: [D749, D942] },
  ),
  indicator(
    'gov.edocs.incoming.count',
    'government',
    'count',
    'Số văn bản đến được xử lý điện tử',
    'Incoming documents circulated electronically',
  ),
  indicator(
    'gov.edocs.outgoing.count',
    'government',
    'count',
    'Số văn bản đi được xử lý điện tử',
    'Outgoing documents circulated electronically',
  ),
  indicator(
    'gov.edocs.outgoing-signed.count',
    'government',
    'count',
    'Số văn bản đi được ký số',
    'Outgoing documents digitally signed',
  ),
  indicator(
    'gov.edocs.outgoing-signed-share',
    'government',
    'percent',
    'Tỷ lệ văn bản đi được ký số',
    'Share of outgoing documents digitally signed',
    {
      numerator: 'gov.edocs.outgoing-signed.count',
      denominator: 'gov.edocs.outgoing.count',
      legalBasis: [D942],
      note: 'The 942/QĐ-TTg target covers non-secret documents exchanged between state agencies electronically with specialised digital signatures.',
    },
  ),
  indicator(
    'gov.records.electronic-share',
    'government',
    'percent',
    'Tỷ lệ hồ sơ được tạo, lưu trữ và chia sẻ dưới dạng điện tử',
    'Share of records created, kept and shared electronically',
    {
      legalBasis: [D942],
      note: 'As summarised from 942/QĐ-TTg; which records are covered was not read in the decision.',
    },
  ),
  indicator(
    'gov.agencies-online-24-7-share',
    'government',
    'percent',
    'Tỷ lệ cơ quan nhà nước phục vụ người dân, doanh nghiệp trực tuyến 24/7',
    'Share of state agencies serving people and businesses online around the clock',
    { legalBasis: [D942] },
  ),
  indicator(
    'gov.civil-servants-digital-id-share',
    'government',
    'percent',
    'Tỷ lệ cán bộ, công chức, viên chức được cấp định danh số để xử lý công việc',
    'Share of civil servants and public employees with a digital identifier for their work',
    { legalBasis: [D942] },
  ),
  indicator(
    'gov.civil-service-training-online-share',
    'government',
    'percent',
    'Tỷ lệ nội dung đào tạo, bồi dưỡng, thi tuyển, thi nâng ngạch được thực hiện trực tuyến',
    'Share of civil-service training, recruitment and promotion exam content delivered online',
    { legalBasis: [D942] },
  ),
  indicator(
    'gov.e-id.portal-accounts-authenticated-share',
    'government',
    'percent',
    'Tỷ lệ tài khoản định danh điện tử cá nhân đã tạo trên Cổng Dịch vụ công quốc gia, cấp bộ, cấp tỉnh được xác thực qua định danh điện tử của Bộ Công an',
    "Share of the personal e-ID accounts made on the national, ministerial and provincial public-service portals that are authenticated through the Ministry of Public Security's electronic identification",
    { legalBasis: [D06] },
  ),
  indicator(
    'gov.national-databases.completed-share',
    'government',
    'percent',
    'Tỷ lệ cơ sở dữ liệu quốc gia nền tảng được hoàn thành, kết nối, chia sẻ',
    'Share of the core national databases completed, connected and shared',
    {
      legalBasis: [D749],
      note: 'The five databases named by 749/QĐ-TTg: population, land, business registration, finance, insurance.',
    },
  ),
  indicator(
    'gov.video-conference.endpoints.count',
    'government',
    'count',
    'Số điểm cầu hội nghị trực tuyến',
    'Video-conference endpoints',
  ),
  indicator(
    'gov.smart-city-ioc.district-pilots.count',
    'government',
    'count',
    'Số huyện thí điểm trung tâm giám sát, điều hành đô thị thông minh',
    'Districts piloting a smart-city operations centre',
  ),
  indicator(
    'gov.shared-platforms.in-use-share',
    'government',
    'percent',
    'Tỷ lệ nền tảng, hệ thống dùng chung đang vận hành',
    'Share of shared information systems and platforms developed and in use',
  ),
  indicator(
    'gov.direction-online-share',
    'government',
    'percent',
    'Tỷ lệ hoạt động chỉ đạo, điều hành thực hiện trên môi trường mạng',
    'Share of state direction and management activity conducted online',
  ),
  indicator(
    'gov.commune-dx-pilots.count',
    'government',
    'count',
    'Số xã thí điểm chuyển đổi số cấp xã',
    'Communes piloting commune-level DX',
  ),
  indicator(
    'gov.commune-dx-pilots-per-district.count',
    'government',
    'count',
    'Số đơn vị cấp xã thử nghiệm mỗi huyện',
    'Pilot communes per district',
  ),
  indicator(
    'gov.e-government.rank',
    'government',
    'rank',
    'Thứ hạng chính quyền điện tử',
    'Provincial e-government ranking',
    { note: 'The source does not name the ranking instrument.' },
  ),
  indicator(
    'gov.egdi.rank',
    'government',
    'rank',
    'Thứ hạng Chính phủ điện tử của Việt Nam theo Liên Hợp Quốc (EGDI)',
    "Vietnam's rank among countries in the UN E-Government Development Index (EGDI)",
    { legalBasis: [D749, D942, D57] },
  ),
  // --- digital economy ----------------------------------------------------------
  indicator(
    'econ.digital-economy.gdp-share',
    'economy',
    'percent',
    'Tỷ trọng kinh tế số trong GDP',
    'Digital economy share of GDP',
    {
      legalBasis: [D749, D411, D57],
      note: 'National measure; the provincial counterpart is econ.digital-economy.grdp-share.',
    },
  ),
  indicator(
    'econ.digital-economy.grdp-share',
    'economy',
    'percent',
    'Tỷ trọng kinh tế số trong GRDP',
    'Digital economy share of GRDP',
    {
      note: 'Provincial measure; the national targets are set on econ.digital-economy.gdp-share.',
    },
  ),
  indicator(
    'econ.digital-economy.sector-share',
    'economy',
    'percent',
    'Tỷ trọng kinh tế số theo ngành, lĩnh vực',
    'Digital economy share within each sector',
    { legalBasis: [D749, D411] },
  ),
  indicator(
    'econ.digital-economy.workforce-share',
    'economy',
    'percent',
    'Tỷ lệ nhân lực kinh tế số trong lực lượng lao động',
    'Digital economy workers as a share of the labour force',
    { legalBasis: [D411] },
  ),
  indicator(
    'econ.labour-productivity-growth',
    'economy',
    'percent',
    'Tốc độ tăng năng suất lao động hằng năm',
    'Annual growth of labour productivity',
    {
      legalBasis: [D749],
      bounds: {},
      note: 'A growth rate in percent per year; it can be negative, so it has no bounds.',
    },
  ),
  indicator(
    'econ.ecommerce-retail-share',
    'economy',
    'percent',
    'Tỷ trọng thương mại điện tử trong tổng mức bán lẻ hàng hóa và dịch vụ',
    'E-commerce share of total retail sales',
    { legalBasis: [D411] },
  ),
  indicator(
    'econ.enterprises-e-contract-share',
    'economy',
    'percent',
    'Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử',
    'Share of enterprises using electronic contracts',
    { legalBasis: [D411] },
  ),
  indicator(
    'econ.smes-digital-platform-share',
    'economy',
    'percent',
    'Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số',
    'Share of small and medium enterprises using digital platforms',
    { legalBasis: [D411] },
  ),
  indicator(
    'econ.enterprises-ict-adoption.count',
    'economy',
    'count',
    'Số doanh nghiệp đăng ký ứng dụng CNTT',
    'Enterprises registered as applying IT in operations',
  ),
  indicator(
    'econ.enterprises-smart-production-share',
    'economy',
    'percent',
    'Tỷ lệ doanh nghiệp hướng tới sản xuất, kinh doanh thông minh',
    'Share of enterprises moving to smart production and business',
  ),
  indicator(
    'econ.digital-tech-enterprises.count',
    'economy',
    'count',
    'Số doanh nghiệp công nghệ số',
    'Digital-technology enterprises',
  ),
  indicator(
    'econ.retail-pos-share',
    'economy',
    'percent',
    'Tỷ lệ siêu thị, TTTM có máy POS',
    'Share of supermarkets and shopping centres with cashless POS',
  ),
  indicator(
    'econ.telecom-revenue',
    'economy',
    'vnd',
    'Doanh thu doanh nghiệp viễn thông',
    "Telecom enterprises' revenue",
  ),
  indicator(
    'econ.postal-enterprises.count',
    'economy',
    'count',
    'Số doanh nghiệp bưu chính',
    'Postal enterprises operating',
  ),
  indicator('econ.postal-revenue', 'economy', 'vnd', 'Doanh thu bưu chính', 'Postal revenue'),
  indicator(
    'econ.idi.rank',
    'economy',
    'rank',
    'Thứ hạng của Việt Nam về phát triển công nghệ thông tin và truyền thông (IDI)',
    "Vietnam's rank among countries in the ICT Development Index (IDI)",
    { legalBasis: [D749] },
  ),
  indicator(
    'econ.global-competitiveness.rank',
    'economy',
    'rank',
    'Thứ hạng của Việt Nam về năng lực cạnh tranh toàn cầu',
    "Vietnam's rank among countries in the Global Competitiveness Index",
    { legalBasis: [D749] },
  ),
  indicator(
    'econ.global-innovation.rank',
    'economy',
    'rank',
    'Thứ hạng của Việt Nam về đổi mới sáng tạo toàn cầu (GII)',
    "Vietnam's rank among countries in the Global Innovation Index (GII)",
    {
      legalBasis: [D749, D57],
      note: '57-NQ/TW aims for the top 30 countries "in innovation and digital transformation" by 2045 without naming an index; its target is recorded against this one.',
    },
  ),
  indicator(
    'econ.tfp-growth-contribution-share',
    'economy',
    'percent',
    'Đóng góp của năng suất các nhân tố tổng hợp (TFP) vào tăng trưởng kinh tế',
    'Contribution of total factor productivity (TFP) to economic growth',
    { legalBasis: [D57] },
  ),
  indicator(
    'econ.high-tech-exports-share',
    'economy',
    'percent',
    'Tỷ trọng xuất khẩu sản phẩm công nghệ cao trên tổng giá trị hàng hóa xuất khẩu',
    'High-technology products as a share of the value of goods exported',
    { legalBasis: [D57] },
  ),
  indicator(
    'econ.digital-tech-enterprises-advanced.count',
    'economy',
    'count',
    'Số doanh nghiệp công nghệ số ngang tầm các nước tiên tiến',
    'Digital-technology enterprises on a par with those of advanced countries',
    { legalBasis: [D57] },
  ),
  // --- digital society ------------------------------------------------------------
  indicator(
    'soc.households-fibre-share',
    'society',
    'percent',
    'Tỷ lệ hộ gia đình được phủ mạng băng rộng cáp quang',
    'Share of households covered by fibre broadband',
    {
      legalBasis: [D749, D411],
      note: 'Coverage by fibre, not subscriptions; compare soc.households-fixed-broadband-share.',
    },
  ),
  indicator(
    'soc.communes-fibre-share',
    'society',
    'percent',
    'Tỷ lệ xã được phủ mạng băng rộng cáp quang',
    'Share of communes covered by fibre broadband',
    {
      legalBasis: [D749],
      note: 'Compare found.infrastructure.fibre-commune-centre-share, which counts commune centres with fibre Internet.',
    },
  ),
  indicator(
    'soc.households-fixed-broadband-share',
    'society',
    'percent',
    'Tỷ lệ hộ có băng rộng cố định',
    'Households with fixed broadband',
  ),
  indicator(
    'soc.adults-smartphone-share',
    'society',
    'percent',
    'Tỷ lệ dân số trưởng thành có điện thoại thông minh',
    'Share of adults with a smartphone',
    { legalBasis: [D411] },
  ),
  indicator(
    'soc.smartphone-usage-share',
    'society',
    'percent',
    'Tỷ lệ người dùng điện thoại thông minh',
    'Smartphone usage rate (base not stated)',
    {
      note: 'The base population is not stated; kept apart from soc.adults-smartphone-share and soc.smartphone-subscriptions.per100.',
    },
  ),
  indicator(
    'soc.phone-subscriptions.per100',
    'society',
    'per100',
    'Số thuê bao điện thoại trên 100 dân',
    'Telephone subscriptions per 100 inhabitants',
  ),
  indicator(
    'soc.smartphone-subscriptions.per100',
    'society',
    'per100',
    'Số thuê bao di động thông minh trên 100 dân',
    'Smartphone subscriptions per 100 inhabitants',
  ),
  indicator(
    'soc.payment-account-15plus-share',
    'society',
    'percent',
    'Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng hoặc tổ chức được phép khác',
    'Share of people aged 15 and over with a payment account at a bank or other licensed institution',
    { legalBasis: [D411] },
  ),
  indicator(
    'soc.e-payment-account-share',
    'society',
    'percent',
    'Tỷ lệ người dân sở hữu tài khoản thanh toán điện tử',
    'Share of population with an e-payment account',
    {
      legalBasis: [D749],
      note: 'The 749/QĐ-TTg 2025 target on it is unverified.',
    },
  ),
  indicator(
    'soc.e-payment-users-share',
    'society',
    'percent',
    'Tỷ lệ dân số sử dụng thanh toán điện tử',
    'Share of population using electronic payment',
    {
      legalBasis: [D749],
      note: 'Use of e-payment; compare soc.e-payment-account-share (holding an account).',
    },
  ),
  indicator(
    'soc.working-age-digital-skills-share',
    'society',
    'percent',
    'Tỷ lệ người trong độ tuổi lao động được đào tạo kỹ năng số cơ bản',
    'Share of working-age people trained in basic digital skills',
    { legalBasis: [D411] },
  ),
  indicator(
    'soc.e-health-record-share',
    'society',
    'percent',
    'Tỷ lệ dân số có hồ sơ sức khỏe điện tử',
    'Share of population with an electronic health record',
    { legalBasis: [D411] },
  ),
  indicator(
    'soc.adults-digital-signature-share',
    'society',
    'percent',
    'Tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân',
    'Share of adults with a personal digital or electronic signature',
    { legalBasis: [D411] },
  ),
  indicator(
    'soc.adults-online-public-services-share',
    'society',
    'percent',
    'Tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến',
    'Share of adults using online public services',
    { legalBasis: [D411] },
  ),
  indicator(
    'soc.digital-identity-share',
    'society',
    'percent',
    'Tỷ lệ người dân có danh tính số',
    'Share of residents with a digital identity',
  ),
  indicator(
    'soc.households-digital-address-share',
    'society',
    'percent',
    'Tỷ lệ hộ gia đình có địa chỉ số',
    'Share of households with a digital address',
  ),
  indicator(
    'soc.community-tech-teams.count',
    'society',
    'count',
    'Số tổ công nghệ số cộng đồng',
    'Community digital-technology teams',
  ),
  indicator(
    'soc.community-tech-teams.members.count',
    'society',
    'count',
    'Số thành viên tổ công nghệ số cộng đồng',
    'Members of community digital-technology teams',
  ),
  indicator(
    'soc.community-tech-teams.hamlet-coverage-share',
    'society',
    'percent',
    'Tỷ lệ ấp, khu vực có tổ công nghệ số cộng đồng',
    'Share of hamlets/neighbourhoods with a community tech team',
  ),
  indicator(
    'soc.education.school-management-software-share',
    'society',
    'percent',
    'Tỷ lệ cơ sở giáo dục dùng phần mềm quản lý nhà trường',
    'Share of schools using school-management software',
  ),
  indicator(
    'soc.health.commune-station-his-share',
    'society',
    'percent',
    'Tỷ lệ trạm y tế xã dùng phần mềm quản lý thông tin y tế',
    'Share of commune health stations with health-information software',
  ),
  indicator(
    'soc.public-wifi-spots.count',
    'society',
    'count',
    'Số điểm công cộng có wifi miễn phí',
    'Public places with free wifi',
  ),
  indicator(
    'soc.covid.e-health-declaration-points.count',
    'society',
    'count',
    'Số điểm khai báo y tế điện tử',
    'Mandatory e-health-declaration points (COVID-19)',
    { note: COVID_NOTE },
  ),
  indicator(
    'soc.covid.control-checkpoints.count',
    'society',
    'count',
    'Số chốt kiểm soát dịch Covid-19',
    'COVID-19 control checkpoints',
    { note: COVID_NOTE },
  ),
  indicator(
    'soc.covid.quarantine-sites-with-cameras.count',
    'society',
    'count',
    'Số khu cách ly tập trung có camera giám sát',
    'Quarantine sites with surveillance cameras',
    { note: COVID_NOTE },
  ),
  indicator(
    'soc.covid.quarantine-cameras.count',
    'society',
    'count',
    'Số camera tại khu cách ly kết nối hệ thống giám sát quốc gia',
    'Quarantine-site cameras linked to the national monitoring system',
    { note: COVID_NOTE },
  ),
  indicator(
    'soc.covid.sms-sent.count',
    'society',
    'count',
    'Số tin nhắn SMS phòng chống dịch',
    'COVID-19 SMS messages sent',
    { note: COVID_NOTE },
  ),
  indicator(
    'soc.covid.citizen-reports.count',
    'society',
    'count',
    'Số phản ánh của người dân ở vùng dịch được tiếp nhận',
    'Reports received from residents stranded in outbreak areas',
    { note: COVID_NOTE },
  ),
  indicator(
    'soc.press-network.journalists.count',
    'society',
    'count',
    'Số phóng viên trong nhóm Zalo thông tin nhanh',
    'Journalists in the provincial rapid-information Zalo group',
  ),
  // --- foundation ---------------------------------------------------------------
  indicator(
    'found.infrastructure.computers-per-staff-share',
    'foundation',
    'percent',
    'Tỷ lệ máy tính trên cán bộ, công chức',
    'Computers per civil servant (as a percentage)',
    {
      bounds: { min: 0 },
      note: 'A ratio written as a percentage; it can exceed 100 when there are more computers than staff.',
    },
  ),
  indicator(
    'found.infrastructure.agencies-lan-share',
    'foundation',
    'percent',
    'Tỷ lệ cơ quan nhà nước có mạng LAN',
    'Share of state agencies with a LAN',
  ),
  indicator(
    'found.infrastructure.agencies-internet-wan-share',
    'foundation',
    'percent',
    'Tỷ lệ cơ quan nhà nước kết nối Internet, mạng diện rộng',
    'Share of state agencies connected to the Internet and WAN',
  ),
  indicator(
    'found.infrastructure.mobile-3g4g-commune-coverage-share',
    'foundation',
    'percent',
    'Tỷ lệ xã, thị trấn được phủ sóng 3G, 4G',
    'Share of communes/townships with 3G/4G coverage',
  ),
  indicator(
    'found.infrastructure.fibre-commune-centre-share',
    'foundation',
    'percent',
    'Tỷ lệ trung tâm xã có Internet cáp quang',
    'Share of commune centres with fibre Internet',
    { note: 'Compare soc.communes-fibre-share, the 749/QĐ-TTg commune coverage measure.' },
  ),
  indicator(
    'found.infrastructure.mobile-broadband-area-coverage-share',
    'foundation',
    'percent',
    'Tỷ lệ địa bàn phủ sóng Internet di động băng rộng',
    'Share of territory with mobile broadband',
  ),
  indicator(
    'found.infrastructure.bts.count',
    'foundation',
    'count',
    'Số trạm thu phát sóng di động',
    'Mobile base stations',
  ),
  indicator(
    'found.infrastructure.5g-stations.count',
    'foundation',
    'count',
    'Số trạm 5G',
    '5G base stations installed',
  ),
  indicator(
    'found.infrastructure.loudspeaker-clusters.count',
    'foundation',
    'count',
    'Số cụm loa truyền thanh cơ sở',
    'Grassroots loudspeaker clusters',
  ),
  indicator(
    'found.infrastructure.loudspeaker-clusters-repaired.count',
    'foundation',
    'count',
    'Số cụm loa hỏng được khắc phục',
    'Broken loudspeaker clusters repaired',
  ),
  indicator(
    'found.rd-spending-gdp-share',
    'foundation',
    'percent',
    'Chi cho nghiên cứu và phát triển (R&D) so với GDP',
    'Spending on research and development (R&D) as a share of GDP',
    { legalBasis: [D57] },
  ),
  indicator(
    'found.researchers-per100',
    'foundation',
    'per100',
    'Nhân lực nghiên cứu khoa học, phát triển công nghệ và đổi mới sáng tạo trên 100 dân',
    'People in scientific research, technological development and innovation per 100 people',
    {
      legalBasis: [D57],
      note: 'Published as a number per 10,000 people (57-NQ/TW: 12 per 10,000); stored per 100 like the other densities, so 12 per 10,000 is 0.12.',
    },
  ),
  indicator(
    'found.innovation.nic-key-technology-projects.count',
    'foundation',
    'count',
    'Số dự án, chương trình thúc đẩy các lĩnh vực công nghệ trọng điểm của Trung tâm Đổi mới sáng tạo Quốc gia (bán dẫn, trí tuệ nhân tạo, công nghệ số, nhà máy thông minh, thành phố thông minh…)',
    'Projects and programmes of the National Innovation Center in key technology fields (semiconductors, artificial intelligence, digital technology, smart factories, smart cities, …)',
    { legalBasis: [D03] },
  ),
  indicator(
    'found.institutions.dx-pillars.count',
    'foundation',
    'count',
    'Số trụ cột của chương trình chuyển đổi số',
    'Pillars in the provincial DX programme',
  ),
  indicator(
    'found.institutions.party-key-programmes.count',
    'foundation',
    'count',
    'Số chương trình trọng điểm của nghị quyết đại hội Đảng bộ',
    'Key programmes in the Party congress resolution',
  ),
  indicator(
    'found.institutions.party-key-tasks.count',
    'foundation',
    'count',
    'Số nhiệm vụ trọng tâm của nghị quyết đại hội Đảng',
    'Key tasks in the Party congress resolution',
  ),
  indicator(
    'found.institutions.party-strategic-breakthroughs.count',
    'foundation',
    'count',
    'Số khâu đột phá chiến lược',
    'Strategic breakthroughs in the Party congress resolution',
  ),
  indicator(
    'found.global-cybersecurity.rank',
    'foundation',
    'rank',
    'Thứ hạng của Việt Nam về an toàn, an ninh mạng (GCI của ITU)',
    "Vietnam's rank among countries in the ITU Global Cybersecurity Index (GCI)",
    { legalBasis: [D749] },
  ),
  // --- DTI ----------------------------------------------------------------------
  indicator(
    'dti.overall.score',
    'foundation',
    'index',
    'Chỉ số chuyển đổi số cấp tỉnh (DTI)',
    'Provincial DTI value',
    {
      legalBasis: DTI_BASIS,
      note: 'The overall index spans all pillars; it is filed under foundation because a catalogue entry needs one pillar. Published to 4 decimals.',
    },
  ),
  indicator(
    'dti.overall.rank',
    'foundation',
    'rank',
    'Thứ hạng chỉ số chuyển đổi số cấp tỉnh (DTI)',
    'Provincial DTI rank',
    {
      legalBasis: DTI_BASIS,
      note: 'Among 63 provinces up to DTI 2023, and among 63 or 34 for DTI 2024. The overall index spans all pillars; it is filed under foundation because a catalogue entry needs one pillar.',
    },
  ),
  indicator(
    'dti.government.score',
    'government',
    'index',
    'Chỉ số chuyển đổi số cấp tỉnh: trụ cột chính quyền số',
    'Provincial DTI: digital government pillar value',
    { legalBasis: DTI_BASIS },
  ),
  indicator(
    'dti.economy.score',
    'economy',
    'index',
    'Chỉ số chuyển đổi số cấp tỉnh: trụ cột kinh tế số',
    'Provincial DTI: digital economy pillar value',
    { legalBasis: DTI_BASIS },
  ),
  indicator(
    'dti.society.score',
    'society',
    'index',
    'Chỉ số chuyển đổi số cấp tỉnh: trụ cột xã hội số',
    'Provincial DTI: digital society pillar value',
    { legalBasis: DTI_BASIS },
  ),
  indicator(
    'dti.digital-awareness',
    'foundation',
    'index',
    'Nhận thức số',
    'DTI main index: digital awareness',
    {
      legalBasis: [D922],
    },
  ),
  indicator(
    'dti.digital-institutions',
    'foundation',
    'index',
    'Thể chế số',
    'DTI main index: digital institutions',
    {
      legalBasis: [D922],
    },
  ),
  indicator(
    'dti.digital-infrastructure',
    'foundation',
    'index',
    'Hạ tầng số',
    'DTI main index: digital infrastructure',
    { legalBasis: [D922] },
  ),
  indicator(
    'dti.digital-human-resources',
    'foundation',
    'index',
    'Nhân lực số',
    'DTI main index: digital human resources',
    { legalBasis: [D922] },
  ),
  indicator(
    'dti.cyber-security',
    'foundation',
    'index',
    'An toàn thông tin mạng',
    'DTI main index: cyber security',
    {
      legalBasis: [D922],
    },
  ),
  indicator(
    'dti.smart-city',
    'foundation',
    'index',
    'Đô thị thông minh',
    'DTI main index: smart city',
    {
      legalBasis: [D922],
      note: 'Part of the 922 scheme but not scored, so no values are published.',
    },
  ),
  indicator(
    'dti.digital-government-activity',
    'government',
    'index',
    'Hoạt động chính quyền số',
    'DTI main index: digital government activity',
    { legalBasis: [D922] },
  ),
  indicator(
    'dti.digital-economy-activity',
    'economy',
    'index',
    'Hoạt động kinh tế số',
    'DTI main index: digital economy activity',
    { legalBasis: [D922] },
  ),
  indicator(
    'dti.digital-society-activity',
    'society',
    'index',
    'Hoạt động xã hội số',
    'DTI main index: digital society activity',
    { legalBasis: [D922] },
  ),
] satisfies IndicatorDefinition[]);

let byId: Map<string, IndicatorDefinition> | undefined;
function indicatorMap(): Map<string, IndicatorDefinition> {
  byId ??= new Map(INDICATORS.map((definition) => [definition.id, definition]));
  return byId;
}

/**
 * The catalogue entry for an indicator id.
 *
 * @param id - a catalogue id, e.g. `'gov.dossiers.online-share'`.
 * @returns the definition.
 * @throws {@link vn-dx!DxError} `UNKNOWN_ID` when the id is not in the catalogue;
 *   `INVALID_ARGUMENT` when it is not a string.
 *
 * @example
 * ```ts
 * import { getIndicator } from 'vn-dx/framework';
 *
 * getIndicator('dti.overall.rank').direction; // 'lower-is-better'
 * getIndicator('soc.households-fibre-share').legalBasis; // ['749/QĐ-TTg', '411/QĐ-TTg']
 * ```
 *
 * @category Data
 */
export function getIndicator(id: string): IndicatorDefinition {
  if (typeof id !== 'string') {
    fail(
      'INVALID_ARGUMENT',
      'id',
      `an indicator id string such as 'gov.dossiers.online-share'`,
      id,
    );
  }
  const found = indicatorMap().get(id);
  if (!found) {
    raise('UNKNOWN_ID', '', `Unknown indicator id ${describe(id)}`);
  }
  return found;
}

/**
 * Filters for {@link findIndicators}.
 *
 * @category Data
 */
export interface IndicatorQuery {
  /** Only indicators of this pillar. */
  readonly pillar?: PillarId;
  /** Only indicators with this unit. */
  readonly unit?: Unit;
}

/** The keys {@link findIndicators} filters on, to refuse any other (a misspelt one would match every indicator). */
export const INDICATOR_QUERY = [
  'pillar',
  'unit',
] as const satisfies readonly (keyof IndicatorQuery)[];

/**
 * The catalogue entries that match every given filter, in catalogue order.
 *
 * @param query - `pillar` and/or `unit`; with neither, the whole catalogue.
 * @returns the matching definitions.
 * @throws {@link vn-dx!DxError} `INVALID_ARGUMENT` for an unknown pillar or unit, or a key it
 *   does not filter on (a misspelt `pillar`).
 *
 * @example
 * ```ts
 * import { findIndicators } from 'vn-dx/framework';
 *
 * findIndicators({ pillar: 'foundation', unit: 'rank' }).map((indicator) => indicator.id); // ['found.global-cybersecurity.rank', 'dti.overall.rank']
 * ```
 *
 * @category Data
 */
export function findIndicators(query: IndicatorQuery = {}): readonly IndicatorDefinition[] {
  if (typeof query !== 'object' || query === null) {
    fail('INVALID_ARGUMENT', 'query', 'an object', query);
  }
  knownKeys(query, INDICATOR_QUERY, 'query');
  const { pillar, unit } = query;
  if (pillar !== undefined && !PillarIdSchema.safeParse(pillar).success) {
    fail('INVALID_ARGUMENT', 'pillar', `one of ${PillarIdSchema.options.join(', ')}`, pillar);
  }
  if (unit !== undefined && !UnitSchema.safeParse(unit).success) {
    fail('INVALID_ARGUMENT', 'unit', `one of ${UnitSchema.options.join(', ')}`, unit);
  }
  return Object.freeze(
    INDICATORS.filter(
      (definition) =>
        (pillar === undefined || definition.pillar === pillar) &&
        (unit === undefined || definition.unit === unit),
    ),
  );
}
