// Label names that no installed npm data package supplies in usable form.
//
// Everything else (country names in English and Chinese, Chinese province names in
// both languages, Canadian province names) is read from npm packages by the build.
// These two small tables exist because the one package that has Chinese names for
// U.S. states and Canadian provinces (iso3166-2-db 2.3.11, names scraped from
// Wikipedia) is unusable for them: it mixes Traditional characters (麻薩諸塞州,
// 康乃狄克州, 羅德島州), has errors (Illinois is "китайский", Maryland is "Maryland")
// and Taiwan-style transliterations (喬治亞州 for 佐治亚州). The values below are the
// standard Simplified-Chinese (Xinhua) forms used on mainland maps.

/** U.S. state FIPS code → Chinese name. */
export const US_STATE_ZH = {
  '01': '亚拉巴马州',
  '02': '阿拉斯加州',
  '04': '亚利桑那州',
  '05': '阿肯色州',
  '06': '加利福尼亚州',
  '08': '科罗拉多州',
  '09': '康涅狄格州',
  10: '特拉华州',
  11: '哥伦比亚特区',
  12: '佛罗里达州',
  13: '佐治亚州',
  15: '夏威夷州',
  16: '爱达荷州',
  17: '伊利诺伊州',
  18: '印第安纳州',
  19: '艾奥瓦州',
  20: '堪萨斯州',
  21: '肯塔基州',
  22: '路易斯安那州',
  23: '缅因州',
  24: '马里兰州',
  25: '马萨诸塞州',
  26: '密歇根州',
  27: '明尼苏达州',
  28: '密西西比州',
  29: '密苏里州',
  30: '蒙大拿州',
  31: '内布拉斯加州',
  32: '内华达州',
  33: '新罕布什尔州',
  34: '新泽西州',
  35: '新墨西哥州',
  36: '纽约州',
  37: '北卡罗来纳州',
  38: '北达科他州',
  39: '俄亥俄州',
  40: '俄克拉何马州',
  41: '俄勒冈州',
  42: '宾夕法尼亚州',
  44: '罗得岛州',
  45: '南卡罗来纳州',
  46: '南达科他州',
  47: '田纳西州',
  48: '得克萨斯州',
  49: '犹他州',
  50: '佛蒙特州',
  51: '弗吉尼亚州',
  53: '华盛顿州',
  54: '西弗吉尼亚州',
  55: '威斯康星州',
  56: '怀俄明州',
  72: '波多黎各',
  60: '美属萨摩亚',
  66: '关岛',
  69: '北马里亚纳群岛',
  78: '美属维尔京群岛',
};

/**
 * Canadian province code → Chinese name, only where iso3166-2-db's value is in
 * Traditional characters; the other provinces take the package's name as is.
 */
export const CA_PROVINCE_ZH_FIX = {
  NB: '新不伦瑞克',
  PE: '爱德华王子岛',
  SK: '萨斯喀彻温',
  NU: '努纳武特',
  NL: '纽芬兰与拉布拉多',
};

/** Suffolk County has no Chinese name in any package; 萨福克县 is the usual form. */
export const SUFFOLK_ZH = '萨福克县';
