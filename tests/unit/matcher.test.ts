import { describe, expect, it } from 'vitest';
import { compileMatcher, newProbeCarry } from '../../lib/matcher.ts';
import { buildBundledKb } from '../../scripts/seeds.ts';

const matcher = compileMatcher(buildBundledKb().entities);

/** The marked substrings with their entity, e.g. ["NVIDIA:nvidia"]. */
function marks(text: string, context?: string): string[] {
  return matcher.scan(text, { context }).map((s) => `${text.slice(s.start, s.end)}:${s.entity}`);
}

describe('every form of the five names', () => {
  it.each([
    // English
    ['NVIDIA reported record revenue.', ['NVIDIA:nvidia']],
    ['Nvidia, NVIDIA, nVidia and nvidia', ['Nvidia:nvidia', 'NVIDIA:nvidia', 'nVidia:nvidia', 'nvidia:nvidia']],
    ["NVIDIA's chips and Nvidia’s margins", ['NVIDIA:nvidia', 'Nvidia:nvidia']],
    ['Huawei’s phones, Huawei\'s chips', ['Huawei:huawei', 'Huawei:huawei']],
    ['DeepSeek, Deepseek and DEEPSEEK', ['DeepSeek:deepseek', 'Deepseek:deepseek', 'DEEPSEEK:deepseek']],
    ['a CUDA-capable GPU and CUDA cores', ['CUDA:cuda', 'CUDA:cuda']],
    ['NVIDIA/AMD and AMD/Nvidia', ['NVIDIA:nvidia', 'Nvidia:nvidia']],
    ['华为Ascend芯片', ['华为:huawei', 'Ascend:ascend']],
    ['Huawei Ascend chips power the cluster', ['Huawei:huawei', 'Ascend:ascend']],
    ['The Ascend 910C rivals the NVIDIA H100.', ['Ascend 910C:ascend-910c', 'NVIDIA H100:nvidia-h100']],
    ['DeepSeek R2 and DeepSeek-R2 and DeepSeek’s R2', ['DeepSeek R2:deepseek-r2', 'DeepSeek-R2:deepseek-r2', 'DeepSeek:deepseek', 'R2:deepseek-r2']],
    ['DeepSeek-V3 beat GPT-4', ['DeepSeek-V3:deepseek']],
    ['Many firms buy H100 GPUs from Nvidia.', ['H100:nvidia-h100', 'Nvidia:nvidia']],
    ['Its Ascend 910B chips ship soon.', ['Ascend 910B:ascend']],
    // German
    ['NVIDIAs KI-Chips und Huaweis Ascend 910C', ['NVIDIA:nvidia', 'Huawei:huawei', 'Ascend 910C:ascend-910c']],
    ['DeepSeeks Abhängigkeit von Huaweis KI-Chips', ['DeepSeek:deepseek', 'Huawei:huawei']],
    ['Verzögerung bei DeepSeeks R2-KI-Modell', ['DeepSeek:deepseek', 'R2:deepseek-r2']],
    ['Peking sucht nach NVIDIA-Alternativen für Huawei-KI-Chips', ['NVIDIA:nvidia', 'Huawei:huawei']],
    ['das CUDA-Programmiermodell', ['CUDA:cuda']],
    ['NVIDIAs H100-KI-Chips', ['NVIDIA:nvidia', 'H100:nvidia-h100']],
    // Chinese
    ['华为发布昇腾910C芯片', ['华为:huawei', '昇腾910C:ascend-910c']],
    ['英伟达的H100和深度求索的模型', ['英伟达:nvidia', 'H100:nvidia-h100', '深度求索:deepseek']],
    ['輝達與華為', ['輝達:nvidia', '華為:huawei']],
    ['据华为公司称，昇腾芯片供不应求', ['华为:huawei', '昇腾:ascend']],
  ])('%s', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});

describe('typography', () => {
  it.each([
    ['no-break space inside a name', 'Ascend\u00a0910C chips', ['Ascend\u00a0910C:ascend-910c']],
    ['narrow no-break space', 'DeepSeek\u202fR2', ['DeepSeek\u202fR2:deepseek-r2']],
    ['soft hyphen inside a name', 'NVI\u00adDIA', ['NVI\u00adDIA:nvidia']],
    ['zero-width space inside a name', 'Deep\u200bSeek', ['Deep\u200bSeek:deepseek']],
    ['zero-width joiner', 'Hua\u200dwei', ['Hua\u200dwei:huawei']],
    ['full-width Latin letters', 'ＮＶＩＤＩＡ and ＣＵＤＡ', ['ＮＶＩＤＩＡ:nvidia', 'ＣＵＤＡ:cuda']],
    ['curly apostrophe', 'Nvidia’s', ['Nvidia:nvidia']],
    ['acute accent used as apostrophe', 'NVIDIA´s Chips', ['NVIDIA:nvidia']],
    ['curly quotes around a name', '“Huawei” and „NVIDIA“', ['Huawei:huawei', 'NVIDIA:nvidia']],
    ['non-breaking hyphen', 'DeepSeek\u2011R2', ['DeepSeek\u2011R2:deepseek-r2']],
    ['astral characters before a name', '😀NVIDIA 𝐀 Huawei', ['NVIDIA:nvidia', 'Huawei:huawei']],
  ])('%s', (_, text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});

describe('traps: nothing is marked', () => {
  it.each([
    'a barracuda in the reef',
    'the ascending order',
    'prices ascend as demand grows',
    'Ascend the stairs to the roof.',
    'They ascend slowly.',
    'Visit nvidia.com or www.huawei.com today',
    'model = model.to(torch.cuda)',
    'if torch.cuda.is_available(): pass',
    'device = "cuda:0"',
    'export CUDA_VISIBLE_DEVICES=0',
    'cudaMalloc(&ptr, size)',
    'R2-D2 and C-3PO',
    'Cloudflare R2 storage is cheap',
    'the R² of the regression and an R2 of 0.9',
    '中华为人民服务',
    '我们中华为之自豪',
    '思想升华为行动',
    'mail press@nvidia.com',
    'see https://example.com/nvidia/huawei',
    'example.com/deepseek/model',
    'ls /usr/local/cuda/bin',
    'C:\\Program Files\\NVIDIA\\CUDA',
    'Huaweiphone and NVIDIAX and DeepSeeker',
    'the AscendEX exchange',
    'H100 vans from Hyundai',
    'Ascend Wellness Holdings opened a store.',
    'the Plymouth Hemi ’Cuda and the Cudahy plant',
    'see cuda/include/cuda.h',
    'pip install nvidia/apex',
  ])('%s', (text) => {
    expect(marks(text)).toEqual([]);
  });
});

/** Like marks(), with the model's name where the span carries one: "Ascend 920:ascend(Ascend 920)". */
function named(text: string): string[] {
  return matcher.scan(text).map((s) => `${text.slice(s.start, s.end)}:${s.entity}${s.model === undefined ? '' : `(${s.model})`}`);
}

describe('a model code after a line\'s name is part of its mark (rule 7)', () => {
  it.each([
    // English
    ['Huawei plans the Ascend 920 for 2026.', ['Huawei:huawei', 'Ascend 920:ascend(Ascend 920)']],
    ['The Ascend 910 Pro and the Ascend 310P', ['Ascend 910 Pro:ascend(Ascend 910 Pro)', 'Ascend 310P:ascend(Ascend 310P)']],
    ['Ascend 950PR samples ship.', ['Ascend 950PR:ascend(Ascend 950PR)']],
    ['The Ascend 910C is not the Ascend 910B.', ['Ascend 910C:ascend-910c', 'Ascend 910B:ascend(Ascend 910B)']],
    ['NVIDIA L40S and Nvidia H800 cards', ['NVIDIA L40S:nvidia(NVIDIA L40S)', 'Nvidia H800:nvidia(Nvidia H800)']],
    ['racks of NVIDIA GB200 and an NVIDIA GeForce RTX 4090', ['NVIDIA GB200:nvidia(NVIDIA GB200)', 'NVIDIA GeForce RTX 4090:nvidia(NVIDIA GeForce RTX 4090)']],
    ['The NVIDIA H100 NVL pairs two cards.', ['NVIDIA H100 NVL:nvidia-h100(NVIDIA H100 NVL)']],
    ['Researchers rented 256 Nvidia H100s.', ['Nvidia H100:nvidia-h100']],
    ['DeepSeek-V2.5, DeepSeek V3 and DeepSeek-R1', ['DeepSeek-V2.5:deepseek(DeepSeek-V2.5)', 'DeepSeek V3:deepseek(DeepSeek V3)', 'DeepSeek-R1:deepseek(DeepSeek-R1)']],
    ['DeepSeek Coder and DeepSeek-Coder-V2 and DeepSeek R2', ['DeepSeek Coder:deepseek(DeepSeek Coder)', 'DeepSeek-Coder-V2:deepseek(DeepSeek-Coder-V2)', 'DeepSeek R2:deepseek-r2']],
    ['deepseek r1 is trending', ['deepseek r1:deepseek(deepseek r1)']],
    ['Nvidia Q3 revenue and Nvidia FY2025', ['Nvidia:nvidia', 'Nvidia:nvidia']],
    // German
    ['Huaweis Ascend-920-Chip kommt.', ['Huawei:huawei', 'Ascend-920:ascend(Ascend-920)']],
    ['Das DeepSeek-R1-Modell läuft lokal.', ['DeepSeek-R1:deepseek(DeepSeek-R1)']],
    ['NVIDIA-H20-Chips dürfen wieder nach China.', ['NVIDIA-H20:nvidia(NVIDIA-H20)']],
    ['Ein Cluster aus Ascend-910C-Chips', ['Ascend-910C:ascend-910c']],
    // Chinese: a code may follow the name directly
    ['华为发布昇腾920芯片', ['华为:huawei', '昇腾920:ascend(昇腾920)']],
    ['英伟达H20芯片和英伟达 B200服务器', ['英伟达H20:nvidia(英伟达H20)', '英伟达 B200:nvidia(英伟达 B200)']],
    ['昇腾 910C的性能', ['昇腾 910C:ascend-910c']],
    ['DeepSeek-V3模型开源了', ['DeepSeek-V3:deepseek(DeepSeek-V3)']],
  ])('%s', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });
});

describe('a genitive breaks the code off; a bare code is a mark only as an alias of its own', () => {
  it.each([
    ['Nvidias H100 und NVIDIA’s H20', ['Nvidia:nvidia', 'H100:nvidia-h100', 'NVIDIA:nvidia', 'H20:nvidia(NVIDIA H20)']],
    ['DeepSeeks R1-Modell und DeepSeek’s V3', ['DeepSeek:deepseek', 'R1:deepseek(DeepSeek R1)', 'DeepSeek:deepseek', 'V3:deepseek(DeepSeek V3)']],
    ['HUAWEI\'S ASCEND 910C', ['HUAWEI:huawei', 'ASCEND 910C:ascend-910c']],
    ['英伟达的H20芯片', ['英伟达:nvidia']],
    ['Huawei says the 910C beats the H20.', ['Huawei:huawei', '910C:ascend-910c']],
    ['The 920 is next, and the R1 ring road is closed.', []],
  ])('%s', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });
});

describe('names broken by invisible characters: every rule still holds', () => {
  it.each([
    ['soft hyphen in a line name with a model', 'The As\u00adcend 920 ships.', ['As\u00adcend 920:ascend(Ascend 920)']],
    ['soft hyphen inside the code', 'Huawei ships the Ascend 91\u00ad0B.', ['Huawei:huawei', 'Ascend 91\u00ad0B:ascend(Ascend 910B)']],
    ['soft hyphens in the name and in the cue words', 'The As\u00adcend pro\u00adces\u00adsors run hot.', ['As\u00adcend:ascend']],
    ['German, hyphenated throughout', 'Die As\u00adcend-Pro\u00adzes\u00adso\u00adren gelten als Alter\u00adna\u00adtive.', ['As\u00adcend:ascend']],
    ['a multi-word cue split by a soft hyphen', 'The Ascend line runs many data cen\u00adters.', ['Ascend:ascend']],
    ['zero-width space and non-breaking hyphen', 'Deep\u200bSeek\u2011V3 leads.', ['Deep\u200bSeek\u2011V3:deepseek(DeepSeek-V3)']],
    ['no-break space before the code', 'the Nvidia\u00a0H20 chip', ['Nvidia\u00a0H20:nvidia(Nvidia H20)']],
    ['word joiner inside an ambiguous name', 'Asc\u2060end chips power the cluster.', ['Asc\u2060end:ascend']],
    ['Chinese, soft hyphen', '昇\u00ad腾芯片供不应求', ['昇\u00ad腾:ascend']],
    ['Chinese, zero-width space before the code', '英\u200b伟达\u200bH20需求下降', ['英\u200b伟达\u200bH20:nvidia(英伟达H20)']],
    ['a soft hyphen does not make a genitive into a code', 'Nvi\u00addias H100', ['Nvi\u00addia:nvidia', 'H100:nvidia-h100']],
  ])('%s', (_, text, expected) => {
    expect(named(text)).toEqual(expected);
  });
});

describe('variants readers write', () => {
  it.each([
    ['Deep Seek and Deep-Seek and DEEP SEEK', ['Deep Seek:deepseek', 'Deep-Seek:deepseek', 'DEEP SEEK:deepseek']],
    ['deep seek, the Chinese AI lab', ['deep seek:deepseek']],
    ['In deep seek mode the sonar sweeps the seabed.', []],
    ['Readers write Hua Wei for the phone and chip maker.', ['Hua Wei:huawei']],
    ['Hua Wei, a violinist, played on Sunday.', []],
    ['nvidia, huawei and deepseek in lower case', ['nvidia:nvidia', 'huawei:huawei', 'deepseek:deepseek']],
    ['wheels built against cuda and cuDNN', ['cuda:cuda']],
    ['Install the cuda toolkit for your GPU.', ['cuda:cuda']],
    ['The Plymouth Cuda, a barracuda, torch.cuda and model.to("cuda") on the GPU', []],
    ['climbers ascend the ridge near the chip plant', []],
    ['Die Pakete wurden gegen cuda 12 gebaut.', ['cuda:cuda']],
    ['Das Wort cuda heißt auf Polnisch Wunder.', []],
    ['deepseek的网页版和用cuda 12编译的轮子', ['deepseek:deepseek', 'cuda:cuda']],
  ])('%s', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});

describe('headlines: an ambiguous word must stand where a name stands', () => {
  it.each([
    ['Memory Makers Ascend on Strong Guidance', []],
    ['SERVER SHARES ASCEND AFTER EARNINGS', []],
    ['AI CHIP STOCKS ASCEND ON EXPORT HOPES', []],
    ['Chip Stocks Ascend as AI Demand Lifts Nvidia', ['Nvidia:nvidia']],
    ['Climbers Ascend 300 Meters in a Day', []],
    ['GPU Stocks Ascend 5% on Export Hopes', []],
    ['Ascend To New Heights With Nvidia GPUs', ['Nvidia:nvidia']],
    ['Huawei’s Ascend Chips Win Over Cloud Giants', ['Huawei:huawei', 'Ascend:ascend']],
    ['HUAWEI ASCEND 910C SHIPMENTS DOUBLE', ['HUAWEI:huawei', 'ASCEND 910C:ascend-910c']],
    ['The Ascend Ecosystem Struggles to Match CUDA', ['Ascend:ascend', 'CUDA:cuda']],
    ['Huawei Says Ascend Will Catch Up', ['Huawei:huawei', 'Ascend:ascend']],
    ['Ascend AI Chips Gain Ground in China', ['Ascend:ascend']],
    // German capitalises nouns but not verbs: these are sentences, and chip words count.
    ['Huawei: Ascend-Chips für Chinas Rechenzentren', ['Huawei:huawei', 'Ascend:ascend']],
    ['Warum Ascend noch hinter CUDA zurückliegt', ['Ascend:ascend', 'CUDA:cuda']],
    // Chinese has no capitals: the context rule.
    ['昇腾芯片供不应求', ['昇腾:ascend']],
  ])('%s', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});

describe('other things named the same (notNames) and the verb', () => {
  it.each([
    ['Ascend Money uses AI against fraud.', []],
    ['Ascend Capital backs AI chip startups.', []],
    ['Huawei’s Ascend P6 smartphone was thin.', ['Huawei:huawei']],
    ['the Huawei Ascend G7 and the Ascend Y300 phones', ['Huawei:huawei']],
    ['Huawei sold phones under the Ascend name, such as the Ascend P1.', ['Huawei:huawei']],
    ['Huawei’s Ascend 910C, unlike its old Ascend P6 phone', ['Huawei:huawei', 'Ascend 910C:ascend-910c']],
    ['Ascend the stairs to the room full of GPUs.', []],
    ['Ascend is Huawei’s brand for AI chips.', ['Ascend:ascend', 'Huawei:huawei']],
    ['Das Huawei Ascend Mate 7 kam 2014 nach Deutschland.', ['Huawei:huawei']],
    ['Ascend Capital investiert in KI-Start-ups.', []],
    ['华为Ascend P6手机曾是最薄的手机。', ['华为:huawei']],
    ['炊烟昇腾，村庄宁静；他对真理的深度求索。', []],
  ])('%s', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});

describe('longest match and context', () => {
  it('prefers "Ascend 910C" over "Ascend"', () => {
    expect(marks('Ascend 910C')).toEqual(['Ascend 910C:ascend-910c']);
  });
  it('marks an ambiguous "Ascend" by the context it is given', () => {
    expect(marks('The Ascend line sells well.')).toEqual([]);
    expect(marks('The Ascend line sells well.', 'Huawei said the Ascend line sells well.')).toEqual(['Ascend:ascend']);
  });
  it('marks a capitalised "Ascend" at the start of a sentence about chips', () => {
    expect(marks('Ascend chips are made by SMIC.')).toEqual(['Ascend:ascend']);
  });
  it('never marks lower-case "ascend", even about chips', () => {
    expect(marks('Huawei chips ascend in the rankings')).toEqual(['Huawei:huawei']);
  });
  it('gives offsets in UTF-16 code units', () => {
    const text = '😀😀 NVIDIA';
    expect(matcher.scan(text)).toEqual([{ start: 5, end: 11, entity: 'nvidia', family: 'nvidia' }]);
  });
  it('names the family of a product', () => {
    expect(matcher.scan('Ascend 910C')[0]).toMatchObject({ entity: 'ascend-910c', family: 'ascend' });
  });
  it('does not mark sources and authorities (marks: false)', () => {
    expect(marks('Laut der Financial Times hat Peking reagiert.')).toEqual([]);
  });
});

describe('the probe (first look at page text)', () => {
  it('says yes to a text node that holds a name, and to a name split across nodes', () => {
    expect(matcher.probe('Shares of NVIDIA rose.', newProbeCarry())).toBe(true);
    const carry = newProbeCarry();
    expect(matcher.probe('Shares of NVI', carry)).toBe(false);
    expect(matcher.probe('DIA rose.', carry)).toBe(true);
  });

  it('sees a name with a genitive s that starts a node right after a word that ran to the end of the previous one', () => {
    // Found by the page fuzz test: two paragraphs, "NVIDIANVIDIA" and "NVIDIAs".
    const carry = newProbeCarry();
    expect(matcher.probe('NVIDIANVIDIA', carry)).toBe(false);
    expect(matcher.probe('NVIDIAs', carry) || matcher.probeEnd(carry)).toBe(true);
    const again = newProbeCarry();
    expect(matcher.probe('NVIDIANVIDIA', again)).toBe(false);
    expect(matcher.probe('NVIDIAs said', again)).toBe(true);
  });

  it('looks at the character after a Chinese first character: 华人 starts no name, 华为 does, and 华 at a piece’s end may', () => {
    expect(matcher.probe('海外华人社区', newProbeCarry())).toBe(false);
    expect(matcher.probe('中国的华为公司', newProbeCarry())).toBe(true);
    expect(matcher.probe('中国的华\u200b为公司', newProbeCarry())).toBe(true); // the scan skips the invisible one
    const carry = newProbeCarry();
    expect(matcher.probe('中国的华', carry)).toBe(true);
    expect(matcher.scan('中国的华为公司').map((s) => s.entity)).toEqual(['huawei']);
  });

  it('with 40,000 made-up aliases still says no to ordinary words (no false "maybe" from the bit filter)', () => {
    const many = Array.from({ length: 40_000 }, (_, i) => ({
      id: `co-${i}`, parent: undefined, marks: true, cues: [],
      aliases: [{ text: `Qx${i.toString(36)}vel`, lang: 'en', case: 'any' as const, needsContext: false, notAfter: [] }],
    }));
    const big = compileMatcher(many);
    // 40,000 first-word hashes set about 2% of the filter's 2^21 bits: without the exact check,
    // several hundred of these 20,000 words would pass as "may start an alias".
    const words = Array.from({ length: 20_000 }, (_, i) => `word${i.toString(36)}x`);
    const passed = words.filter((w) => big.probe(`${w} `, newProbeCarry()));
    expect(passed).toEqual([]);
    expect(big.probe(`said ${'Qx' + (39_999).toString(36) + 'vel'} today`, newProbeCarry())).toBe(true);
  });
});
