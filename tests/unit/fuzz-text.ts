// Random text for property tests: real aliases in their many forms, the traps the matcher must
// not fall for, invisible characters, odd spaces, surrogate pairs and plain words.
import fc from 'fast-check';

export const ALIAS_FORMS = [
  'NVIDIA', 'Nvidia', 'nVidia', 'NVIDIAs', 'NVIDIA’s', "Nvidia's", 'Huawei', 'Huaweis', 'HUAWEI', 'DeepSeek',
  'DeepSeeks', 'Deepseek', 'CUDA', 'CUDA-capable', 'Ascend', 'Ascend 910C', 'Ascend\u00a0910C', 'H100',
  'NVIDIA H100', 'DeepSeek R2', 'DeepSeek-R2', 'DeepSeeks R2-KI-Modell', '华为', '昇腾', '英伟达', '深度求索',
  'NVI\u00adDIA', 'Deep\u200bSeek', 'ＮＶＩＤＩＡ', 'Huawei-KI-Chips', 'NVIDIA-Alternativen',
  'Ascend 920', 'As\u00adcend\u00a0910B', 'DeepSeek-V2.5', 'NVIDIA L40S', 'NVIDIA H100 NVL', '昇腾910B', '英伟达H20',
  'Deep Seek', 'cuda', 'Hua Wei',
];
export const TRAPS = [
  'barracuda', 'ascending', 'prices ascend', 'nvidia.com', 'torch.cuda', 'R2-D2', 'Cloudflare R2', '中华为',
  'press@huawei.com', 'https://nvidia.com/cuda', '/usr/local/cuda', 'cuda:0', 'AscendEX', 'R²', '升华为',
  'Memory Makers Ascend on Strong Guidance', 'Ascend Money', 'Ascend P6', 'model.to("cuda")', 'Ascend 300 Meters',
];
const PIECES = [
  ...ALIAS_FORMS, ...TRAPS, ' ', '  ', '\u00a0', '\u200b', '\u00ad', '\u2011', '-', '.', ',', "'", '’', '😀', '𝐀',
  '\ud83d', 'chip', 'chips', 'KI', 'the', 'die', 'und', 'and', 'AI', 'GPU', '的', '芯片', 's', '910C', '\n',
];

/** A string of 0–12 random pieces, sometimes joined without spaces. */
export const fuzzText = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom('', ' ')), { maxLength: 12 })
  .map((parts) => parts.map(([piece, gap]) => piece + gap).join(''));
