import { describe, expect, it } from 'vitest';
import { compileMatcher, compileMatcherInSlices, newProbeCarry } from '../../lib/matcher.ts';
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
    ['DeepSeek R2 and DeepSeek-R2 and DeepSeek’s R2', ['DeepSeek R2:deepseek-r2', 'DeepSeek-R2:deepseek-r2', 'DeepSeek:deepseek']],
    ['DeepSeek-V3 beat GPT-4', ['DeepSeek-V3:deepseek']],
    ['Many firms buy H100 GPUs from Nvidia.', ['H100:nvidia-h100', 'Nvidia:nvidia']],
    ['Its Ascend 910B chips ship soon.', ['Ascend 910B:ascend']],
    // German
    ['NVIDIAs KI-Chips und Huaweis Ascend 910C', ['NVIDIA:nvidia', 'Huawei:huawei', 'Ascend 910C:ascend-910c']],
    ['DeepSeeks Abhängigkeit von Huaweis KI-Chips', ['DeepSeek:deepseek', 'Huawei:huawei']],
    ['Verzögerung bei DeepSeeks R2-KI-Modell', ['DeepSeek:deepseek']],
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

describe('compiling in slices', () => {
  it('pauses between slices of a large KB and matches exactly like the one-go compile', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({
      id: `company-${i}`, parent: undefined, marks: true, cues: [],
      aliases: [{ text: `Zorblax${i}`, lang: 'en', case: 'any' as const, needsContext: false, notAfter: [] }],
    }));
    const entities = [...buildBundledKb().entities, ...many];
    let pauses = 0;
    const sliced = await compileMatcherInSlices(entities, async () => { pauses++; }, 0);
    const text = 'Zorblax2999 and NVIDIA’s H100 and zorblax7 and Ascend chips';
    expect(pauses).toBeGreaterThan(10);
    expect(sliced.scan(text)).toEqual(compileMatcher(entities).scan(text));
    expect(sliced.scan(text).map((s) => s.entity)).toEqual(['company-2999', 'nvidia', 'nvidia-h100', 'company-7', 'ascend']);
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

  it('with 40,000 made-up aliases still says no to ordinary words (no false "maybe" from the bit filter)', () => {
    const many = Array.from({ length: 40_000 }, (_, i) => ({
      id: `co-${i}`, parent: undefined, marks: true, cues: [],
      aliases: [{ text: `Qx${i.toString(36)}vel`, lang: 'en', case: 'any' as const, needsContext: false, notAfter: [] }],
    }));
    const big = compileMatcher(many);
    // 40,000 first-word hashes set about 4% of the filter's 2^20 bits: without the exact check,
    // several hundred of these 20,000 words would pass as "may start an alias".
    const words = Array.from({ length: 20_000 }, (_, i) => `word${i.toString(36)}x`);
    const passed = words.filter((w) => big.probe(`${w} `, newProbeCarry()));
    expect(passed).toEqual([]);
    expect(big.probe(`said ${'Qx' + (39_999).toString(36) + 'vel'} today`, newProbeCarry())).toBe(true);
  });
});
