/**
 * Memory of a whole process tree, sampled from /proc. GNU time's "maximum resident set size" is
 * that of the largest single process, but a build is several: Node, its workers' processes,
 * Pagefind's indexer (a separate binary), esbuild. Summing their RSS at each sample shows what
 * the machine must hold at once. Shared pages (the Node binary, libraries) count once per
 * process, so the sum errs high by a few tens of MB per process.
 */
import fs from 'node:fs';

export interface ProcessSample {
  pid: number;
  ppid: number;
  rssBytes: number;
}

/** Parent and resident memory from the text of /proc/<pid>/status; kernel threads have no VmRSS (0). */
export function parseStatus(pid: number, status: string): ProcessSample | undefined {
  const ppid = /^PPid:\s+(\d+)/m.exec(status)?.[1];
  if (ppid === undefined) return undefined;
  const rssKb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
  return { pid, ppid: Number(ppid), rssBytes: rssKb ? Number(rssKb) * 1024 : 0 };
}

/** The root and every descendant among `processes`, with their RSS summed. */
export function treeMemory(processes: readonly ProcessSample[], root: number): { rssBytes: number; processes: number } {
  const children = new Map<number, ProcessSample[]>();
  for (const p of processes) {
    const siblings = children.get(p.ppid);
    if (siblings) siblings.push(p);
    else children.set(p.ppid, [p]);
  }
  let rssBytes = 0;
  let count = 0;
  const queue = processes.filter((p) => p.pid === root);
  for (let p = queue.shift(); p; p = queue.shift()) {
    rssBytes += p.rssBytes;
    count++;
    queue.push(...(children.get(p.pid) ?? []));
  }
  return { rssBytes, processes: count };
}

/** Every process visible now; one that exits while being read is simply left out. */
export function readProcesses(): ProcessSample[] {
  const samples: ProcessSample[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const sample = parseStatus(Number(name), fs.readFileSync(`/proc/${name}/status`, 'utf8'));
      if (sample) samples.push(sample);
    } catch {
      // Gone between readdir and read.
    }
  }
  return samples;
}

export interface TreePeak {
  /** Largest sum of RSS over the tree seen in any sample. */
  peakRssBytes: number;
  /** How many processes the tree had at that sample. */
  processesAtPeak: number;
  samples: number;
}

/** Samples the tree under `root` every `everyMs` until stop() is called; current() gives the latest sum. */
export function sampleTree(root: number, everyMs = 200) {
  const peak: TreePeak = { peakRssBytes: 0, processesAtPeak: 0, samples: 0 };
  let latest = 0;
  const sample = () => {
    const tree = treeMemory(readProcesses(), root);
    latest = tree.rssBytes;
    peak.samples++;
    if (tree.rssBytes > peak.peakRssBytes) Object.assign(peak, { peakRssBytes: tree.rssBytes, processesAtPeak: tree.processes });
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    current: () => latest,
    stop: (): TreePeak => {
      clearInterval(timer);
      return { ...peak };
    },
  };
}
