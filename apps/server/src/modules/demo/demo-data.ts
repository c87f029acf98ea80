/**
 * Demo data for `jiliang seed-demo`: institutions, laboratories, enterprises with their sites, and
 * users. Everything here is FICTIONAL: the organisations, names and people are invented for
 * demonstration and none stands for a real body. The unified social credit codes are made up but
 * well formed (GB 32100-2015, check character computed); they are not any real unit's code.
 * Division codes are real GB/T 2260 county-level codes in Hubei, so the region logic has real data.
 *
 * Bureaus are not listed: the seeder creates them from HUBEI_REGIONS and users reference them as
 * 'province' (the provincial bureau) and 'bureau-<regionCode>', e.g. 'bureau-420600'.
 */
import type { InstitutionType, Role, SiteLevel } from '@jiliang/shared';

export type DemoSite = { key: string; name: string; nameEn: string; level: SiteLevel; children?: DemoSite[] };

export type DemoOrganisation = {
  /** Stable handle, e.g. 'ent-chujiang-cement'. */
  key: string;
  kind: 'institution' | 'enterprise' | 'laboratory';
  name: string;
  nameEn: string;
  /** Valid GB 32100-2015 code, 18 characters. */
  creditCode: string;
  /** GB/T 2260 county-level code in Hubei, e.g. '420222'. */
  divisionCode: string;
  /** Chinese industry name (GB/T 4754-2017 class), e.g. '水泥制造'. */
  industry?: string;
  /** Institutions only. */
  institutionType?: InstitutionType;
  /** Institutions only; MEASURES.md §2. */
  lifecycleStage?: 'application' | 'preparation' | 'established';
  /** Enterprises: 1-2 sites, each with 2-4 sub-units. */
  sites?: DemoSite[];
};

export type DemoUser = {
  username: string;
  displayName: string;
  role: Role;
  organisationKey: string;
  extra?: { role: Role; organisationKey: string }[];
};

/** One shared password for every demo account; satisfies checkPasswordStrength for each username. */
export const DEMO_PASSWORD = 'Jiliang@2026';

const subUnit = (key: string, name: string, nameEn: string): DemoSite => ({ key, name, nameEn, level: 'sub_unit' });

export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  // ---- Institutions (MEASURES.md §2: application → preparation → established) ----
  {
    // Established (CM-18); hosted by a fictional provincial metrology institute in Wuhan.
    key: 'inst-chutian-cmc',
    kind: 'institution',
    name: '湖北省楚天碳计量中心',
    nameEn: 'Hubei Chutian Carbon Metrology Centre',
    creditCode: '12420111587362149X',
    divisionCode: '420111', // 武汉市洪山区
    institutionType: 'carbon_metrology_centre',
    lifecycleStage: 'established',
  },
  {
    // Preparation approved (CM-10, CM-11); phosphorus chemicals and hydropower in Yichang.
    key: 'inst-yichang-cmc',
    kind: 'institution',
    name: '湖北省宜昌磷化工与水电碳计量中心',
    nameEn: 'Hubei Yichang Phosphorus Chemicals and Hydropower Carbon Metrology Centre',
    creditCode: '124205033157098230',
    divisionCode: '420503', // 宜昌市伍家岗区
    institutionType: 'carbon_metrology_centre',
    lifecycleStage: 'preparation',
  },
  {
    // Applying (BM-8, BM-9); automotive industry in Xiangyang.
    key: 'inst-xiangyang-base',
    kind: 'institution',
    name: '湖北省襄阳汽车产业计量数据建设应用基地',
    nameEn: 'Hubei Xiangyang Automotive Industry Metrology Data Application Base',
    creditCode: '124206060692473868',
    divisionCode: '420606', // 襄阳市樊城区
    institutionType: 'data_application_base',
    lifecycleStage: 'application',
  },

  // ---- Laboratories ----
  {
    key: 'lab-donghu-calibration',
    kind: 'laboratory',
    name: '武汉东湖衡准计量校准有限公司',
    nameEn: 'Wuhan Donghu Hengzhun Metrology and Calibration Co., Ltd.',
    creditCode: '91420111MA4K3R7D31',
    divisionCode: '420111', // 武汉市洪山区
    industry: '计量服务',
  },
  {
    key: 'lab-xiajiang-testing',
    kind: 'laboratory',
    name: '宜昌峡江计量检测有限公司',
    nameEn: 'Yichang Xiajiang Metrology and Testing Co., Ltd.',
    creditCode: '91420503MA49TD0P0X',
    divisionCode: '420503', // 宜昌市伍家岗区
    industry: '计量服务',
  },

  // ---- Enterprises: cement ----
  {
    key: 'ent-chujiang-cement',
    kind: 'enterprise',
    name: '荆门楚江水泥有限公司',
    nameEn: 'Jingmen Chujiang Cement Co., Ltd.',
    creditCode: '9142088173087261X6',
    divisionCode: '420881', // 荆门市钟祥市
    industry: '水泥制造',
    sites: [
      {
        key: 'chujiang-zhongxiang',
        name: '钟祥熟料基地',
        nameEn: 'Zhongxiang Clinker Plant',
        level: 'site',
        children: [
          subUnit('chujiang-zhongxiang-line1', '1号熟料生产线', 'No. 1 Clinker Line'),
          subUnit('chujiang-zhongxiang-line2', '2号熟料生产线', 'No. 2 Clinker Line'),
          subUnit('chujiang-zhongxiang-whr', '余热发电站', 'Waste-Heat Power Station'),
          subUnit('chujiang-zhongxiang-quarry', '石灰石矿山', 'Limestone Quarry'),
        ],
      },
      {
        key: 'chujiang-duodao',
        name: '掇刀水泥粉磨站',
        nameEn: 'Duodao Cement Grinding Station',
        level: 'site',
        children: [
          subUnit('chujiang-duodao-mill1', '1号水泥磨', 'No. 1 Cement Mill'),
          subUnit('chujiang-duodao-mill2', '2号水泥磨', 'No. 2 Cement Mill'),
          subUnit('chujiang-duodao-packing', '包装发运车间', 'Packing and Dispatch Shop'),
        ],
      },
    ],
  },
  {
    key: 'ent-fuhe-cement',
    kind: 'enterprise',
    name: '阳新富河水泥有限公司',
    nameEn: 'Yangxin Fuhe Cement Co., Ltd.',
    creditCode: '91420222714619585K',
    divisionCode: '420222', // 黄石市阳新县
    industry: '水泥制造',
    sites: [
      {
        key: 'fuhe-yangxin',
        name: '阳新生产基地',
        nameEn: 'Yangxin Production Base',
        level: 'site',
        children: [
          subUnit('fuhe-yangxin-clinker', '熟料生产线', 'Clinker Line'),
          subUnit('fuhe-yangxin-grinding', '水泥粉磨站', 'Cement Grinding Station'),
          subUnit('fuhe-yangxin-whr', '余热发电', 'Waste-Heat Power Generation'),
          subUnit('fuhe-yangxin-coprocessing', '固废协同处置车间', 'Solid-Waste Co-processing Shop'),
        ],
      },
    ],
  },

  // ---- Enterprises: steel ----
  {
    key: 'ent-linjiang-steel',
    kind: 'enterprise',
    name: '武汉临江钢铁有限公司',
    nameEn: 'Wuhan Linjiang Iron and Steel Co., Ltd.',
    creditCode: '9142010730016842XG',
    divisionCode: '420107', // 武汉市青山区
    industry: '炼钢',
    sites: [
      {
        key: 'linjiang-qingshan',
        name: '青山钢铁基地',
        nameEn: 'Qingshan Steelworks',
        level: 'site',
        children: [
          subUnit('linjiang-qingshan-ironmaking', '炼铁厂', 'Ironmaking Plant'),
          subUnit('linjiang-qingshan-steelmaking', '炼钢厂', 'Steelmaking Plant'),
          subUnit('linjiang-qingshan-rolling', '轧钢厂', 'Rolling Mill'),
          subUnit('linjiang-qingshan-power', '动力厂', 'Power and Utilities Plant'),
        ],
      },
      {
        key: 'linjiang-wharf',
        name: '原料码头',
        nameEn: 'Raw-Materials Wharf',
        level: 'site',
        children: [
          subUnit('linjiang-wharf-unloaders', '卸船机组', 'Ship Unloaders'),
          subUnit('linjiang-wharf-stockyard', '原料场', 'Stockyard'),
        ],
      },
    ],
  },
  {
    key: 'ent-fankou-steel',
    kind: 'enterprise',
    name: '鄂州樊口特钢有限公司',
    nameEn: 'Ezhou Fankou Special Steel Co., Ltd.',
    creditCode: '914207046685237920',
    divisionCode: '420704', // 鄂州市鄂城区
    industry: '炼钢',
    sites: [
      {
        key: 'fankou-works',
        name: '樊口厂区',
        nameEn: 'Fankou Works',
        level: 'site',
        children: [
          subUnit('fankou-works-eaf', '电炉炼钢车间', 'Electric-Arc-Furnace Steelmaking Shop'),
          subUnit('fankou-works-casting', '精炼连铸车间', 'Refining and Continuous Casting Shop'),
          subUnit('fankou-works-rolling', '棒材轧钢车间', 'Bar Rolling Mill'),
          subUnit('fankou-works-power', '动力厂', 'Power and Utilities Plant'),
        ],
      },
    ],
  },

  // ---- Enterprises: chemicals ----
  {
    key: 'ent-qingjiang-phosphate',
    kind: 'enterprise',
    name: '宜都清江磷化有限公司',
    nameEn: 'Yidu Qingjiang Phosphate Chemicals Co., Ltd.',
    creditCode: '9142058175701843X5',
    divisionCode: '420581', // 宜昌市宜都市
    industry: '磷肥制造',
    sites: [
      {
        key: 'qingjiang-park',
        name: '宜都化工园生产基地',
        nameEn: 'Yidu Chemical Park Production Base',
        level: 'site',
        children: [
          subUnit('qingjiang-park-sulphuric', '硫酸装置', 'Sulphuric Acid Unit'),
          subUnit('qingjiang-park-phosphoric', '磷酸装置', 'Phosphoric Acid Unit'),
          subUnit('qingjiang-park-map', '磷酸一铵装置', 'Monoammonium Phosphate Unit'),
          subUnit('qingjiang-park-utilities', '公用工程', 'Utilities'),
        ],
      },
      {
        key: 'qingjiang-ammonia',
        name: '合成氨分厂',
        nameEn: 'Ammonia Plant',
        level: 'site',
        children: [
          subUnit('qingjiang-ammonia-gasification', '煤气化装置', 'Coal Gasification Unit'),
          subUnit('qingjiang-ammonia-synthesis', '合成氨装置', 'Ammonia Synthesis Unit'),
          subUnit('qingjiang-ammonia-asu', '空分装置', 'Air Separation Unit'),
        ],
      },
    ],
  },
  {
    key: 'ent-haokou-chlor-alkali',
    kind: 'enterprise',
    name: '潜江浩口盐化有限公司',
    nameEn: 'Qianjiang Haokou Salt Chemicals Co., Ltd.',
    creditCode: '91429005682374156P',
    divisionCode: '429005', // 潜江市
    industry: '无机碱制造',
    sites: [
      {
        key: 'haokou-base',
        name: '潜江盐化工基地',
        nameEn: 'Qianjiang Salt Chemicals Base',
        level: 'site',
        children: [
          subUnit('haokou-base-brine', '盐水精制工段', 'Brine Purification Section'),
          subUnit('haokou-base-electrolysis', '离子膜电解装置', 'Membrane Electrolysis Unit'),
          subUnit('haokou-base-pvc', '聚氯乙烯装置', 'PVC Unit'),
          subUnit('haokou-base-chp', '自备热电站', 'Captive Combined Heat and Power Plant'),
        ],
      },
    ],
  },
  {
    key: 'ent-zhanghe-chemical',
    kind: 'enterprise',
    name: '荆门漳河化工有限公司',
    nameEn: 'Jingmen Zhanghe Chemical Co., Ltd.',
    creditCode: '91420804MA48WB2N7A',
    divisionCode: '420804', // 荆门市掇刀区
    industry: '氮肥制造',
    sites: [
      {
        key: 'zhanghe-works',
        name: '掇刀化工园厂区',
        nameEn: 'Duodao Chemical Park Works',
        level: 'site',
        children: [
          subUnit('zhanghe-works-ammonia', '合成氨装置', 'Ammonia Synthesis Unit'),
          subUnit('zhanghe-works-urea', '尿素装置', 'Urea Unit'),
          subUnit('zhanghe-works-asu', '空分装置', 'Air Separation Unit'),
          subUnit('zhanghe-works-utilities', '公用工程', 'Utilities'),
        ],
      },
    ],
  },

  // ---- Enterprises: power ----
  {
    key: 'ent-hanbei-power',
    kind: 'enterprise',
    name: '襄阳汉北热电有限公司',
    nameEn: 'Xiangyang Hanbei Thermal Power Co., Ltd.',
    creditCode: '914206077220856328',
    divisionCode: '420607', // 襄阳市襄州区
    industry: '火力发电',
    sites: [
      {
        key: 'hanbei-station',
        name: '襄州电厂',
        nameEn: 'Xiangzhou Power Station',
        level: 'site',
        children: [
          subUnit('hanbei-station-unit1', '#1机组', 'Unit 1'),
          subUnit('hanbei-station-unit2', '#2机组', 'Unit 2'),
          subUnit('hanbei-station-fgd', '脱硫系统', 'Flue-Gas Desulphurisation System'),
          subUnit('hanbei-station-coal', '输煤系统', 'Coal Handling System'),
        ],
      },
      {
        key: 'hanbei-heating',
        name: '供热管网',
        nameEn: 'Heat Supply Network',
        level: 'site',
        children: [
          subUnit('hanbei-heating-station', '热网首站', 'Primary Heat Exchange Station'),
          subUnit('hanbei-heating-steam', '工业蒸汽管网', 'Industrial Steam Network'),
        ],
      },
    ],
  },
  {
    key: 'ent-sanjiangkou-power',
    kind: 'enterprise',
    name: '鄂州三江口发电有限公司',
    nameEn: 'Ezhou Sanjiangkou Power Generation Co., Ltd.',
    creditCode: '91420703793270464F',
    divisionCode: '420703', // 鄂州市华容区
    industry: '火力发电',
    sites: [
      {
        key: 'sanjiangkou-station',
        name: '三江口电厂',
        nameEn: 'Sanjiangkou Power Station',
        level: 'site',
        children: [
          subUnit('sanjiangkou-station-unit1', '#1机组', 'Unit 1'),
          subUnit('sanjiangkou-station-unit2', '#2机组', 'Unit 2'),
          subUnit('sanjiangkou-station-fgd', '脱硫系统', 'Flue-Gas Desulphurisation System'),
          subUnit('sanjiangkou-station-scr', '脱硝系统', 'Selective Catalytic Reduction (DeNOx) System'),
        ],
      },
    ],
  },

  // ---- Enterprises: automotive parts ----
  {
    key: 'ent-hanjiang-auto-parts',
    kind: 'enterprise',
    name: '襄阳汉江汽车零部件有限公司',
    nameEn: 'Xiangyang Hanjiang Auto Parts Co., Ltd.',
    creditCode: '91420606MA493Q8HXW',
    divisionCode: '420606', // 襄阳市樊城区
    industry: '汽车零部件及配件制造',
    sites: [
      {
        key: 'hanjiang-fancheng',
        name: '樊城工厂',
        nameEn: 'Fancheng Plant',
        level: 'site',
        children: [
          subUnit('hanjiang-fancheng-foundry', '铸造车间', 'Foundry'),
          subUnit('hanjiang-fancheng-machining', '机加车间', 'Machining Shop'),
          subUnit('hanjiang-fancheng-paint', '涂装车间', 'Paint Shop'),
          subUnit('hanjiang-fancheng-assembly', '装配车间', 'Assembly Shop'),
        ],
      },
    ],
  },
  {
    key: 'ent-wudang-axle',
    kind: 'enterprise',
    name: '十堰武当车桥有限公司',
    nameEn: 'Shiyan Wudang Axle Co., Ltd.',
    creditCode: '91420303179432654N',
    divisionCode: '420303', // 十堰市张湾区
    industry: '汽车零部件及配件制造',
    sites: [
      {
        key: 'wudang-zhangwan',
        name: '张湾工厂',
        nameEn: 'Zhangwan Plant',
        level: 'site',
        children: [
          subUnit('wudang-zhangwan-foundry', '铸造车间', 'Foundry'),
          subUnit('wudang-zhangwan-heat', '热处理车间', 'Heat Treatment Shop'),
          subUnit('wudang-zhangwan-machining', '机加车间', 'Machining Shop'),
        ],
      },
      {
        key: 'wudang-bailang',
        name: '白浪装配厂',
        nameEn: 'Bailang Assembly Plant',
        level: 'site',
        children: [
          subUnit('wudang-bailang-welding', '桥壳焊接车间', 'Axle Housing Welding Shop'),
          subUnit('wudang-bailang-paint', '涂装车间', 'Paint Shop'),
          subUnit('wudang-bailang-assembly', '总装车间', 'Final Assembly Shop'),
        ],
      },
    ],
  },
  {
    key: 'ent-leigudun-auto-parts',
    kind: 'enterprise',
    name: '随州擂鼓墩汽车部件有限公司',
    nameEn: 'Suizhou Leigudun Auto Components Co., Ltd.',
    creditCode: '91421303MA4A0LCU2A',
    divisionCode: '421303', // 随州市曾都区
    industry: '汽车零部件及配件制造',
    sites: [
      {
        key: 'leigudun-zengdu',
        name: '曾都工厂',
        nameEn: 'Zengdu Plant',
        level: 'site',
        children: [
          subUnit('leigudun-zengdu-stamping', '冲压车间', 'Stamping Shop'),
          subUnit('leigudun-zengdu-welding', '焊装车间', 'Body Welding Shop'),
          subUnit('leigudun-zengdu-paint', '涂装车间', 'Paint Shop'),
        ],
      },
    ],
  },
];

export const DEMO_USERS: readonly DemoUser[] = [
  { username: 'admin', displayName: '王建国', role: 'province_admin', organisationKey: 'province' },
  { username: 'viewer', displayName: '黄丽', role: 'viewer', organisationKey: 'province' },
  { username: 'officer.wuhan', displayName: '刘洋', role: 'local_officer', organisationKey: 'bureau-420100' },
  { username: 'officer.yichang', displayName: '杨帆', role: 'local_officer', organisationKey: 'bureau-420500' },
  { username: 'officer.xiangyang', displayName: '陈静', role: 'local_officer', organisationKey: 'bureau-420600' },
  { username: 'staff.chutian', displayName: '李娜', role: 'institution_staff', organisationKey: 'inst-chutian-cmc' },
  { username: 'staff.yichang', displayName: '赵磊', role: 'institution_staff', organisationKey: 'inst-yichang-cmc' },
  {
    username: 'staff.xiangyang',
    displayName: '孙丽',
    role: 'institution_staff',
    organisationKey: 'inst-xiangyang-base',
  },
  { username: 'ent.linjiang', displayName: '周涛', role: 'enterprise_user', organisationKey: 'ent-linjiang-steel' },
  { username: 'ent.chujiang', displayName: '吴敏', role: 'enterprise_user', organisationKey: 'ent-chujiang-cement' },
  {
    username: 'ent.qingjiang',
    displayName: '徐鹏',
    role: 'enterprise_user',
    organisationKey: 'ent-qingjiang-phosphate',
  },
  { username: 'expert', displayName: '郑晓明', role: 'expert', organisationKey: 'lab-donghu-calibration' },
  {
    // Several memberships, so the organisation switcher has something to do.
    username: 'multi',
    displayName: '张伟',
    role: 'institution_staff',
    organisationKey: 'inst-chutian-cmc',
    extra: [
      { role: 'expert', organisationKey: 'lab-donghu-calibration' },
      { role: 'expert', organisationKey: 'lab-xiajiang-testing' },
    ],
  },
];
