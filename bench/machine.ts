// What the numbers were measured on: printed with the table and stored in the results file.
import os from 'node:os';
import type { BrowserContext } from '@playwright/test';

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  chromium: string;
  /** 1, 5 and 15 minute load averages when the bench started. */
  loadAverage: number[];
}

/** Other work on the machine makes every timing longer and noisier. */
export function busyMachineWarning(loadAverage: readonly number[], cores: number): string | undefined {
  const oneMinute = loadAverage[0] ?? 0;
  if (oneMinute < Math.max(1, cores / 2)) return undefined;
  return `WARNING: load average ${loadAverage.map((l) => l.toFixed(1)).join(' / ')} on ${cores} cores: other processes compete for the CPU, so these timings are inflated and noisy.`;
}

export async function machineInfo(context: BrowserContext): Promise<MachineInfo> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const { product } = await cdp.send('Browser.getVersion');
  await cdp.detach();
  await page.close();
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: product,
    loadAverage: os.loadavg(),
  };
}

const loads = (load: readonly number[]) => load.map((l) => l.toFixed(1)).join(' / ');

/** "Machine: …; load average … at the start, … at the end", and the busy warning if either was high. */
export function machineLoadLines(machine: MachineInfo, loadAtEnd: readonly number[]): string[] {
  const warning = [machine.loadAverage, loadAtEnd].map((load) => busyMachineWarning(load, machine.cores)).find(Boolean);
  return [
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.os}; Node ${machine.node}; ${machine.chromium}; ` +
      `load average ${loads(machine.loadAverage)} at the start, ${loads(loadAtEnd)} at the end`,
    ...(warning ? [warning] : []),
  ];
}
