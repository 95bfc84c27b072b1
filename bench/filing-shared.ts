/** What bench/filing.ts and bench/filing-postgres.ts share: the filing's body and the server processes. */
import { type ChildProcess, spawn } from 'node:child_process';

export interface Server {
  port: number;
  child: ChildProcess;
}
export interface Stats {
  served: number;
  cpuMicros: number;
}

/** Starts bench/filing-server.ts in a child process (`env` adds to this process's environment) and waits for its port. */
export async function startServer(mode: 'ceiling' | 'terbuka', env: Record<string, string> = {}): Promise<Server> {
  const child = spawn(process.execPath, [...(process.env.BENCH_NODE_ARGS?.split(' ') ?? []), '--import', 'tsx', 'bench/filing-server.ts', mode], {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    env: { ...process.env, ...env },
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const m = /PORT (\d+)/.exec(chunk.toString());
      if (m) resolve(Number(m[1]));
    });
    child.on('exit', (code) => reject(new Error(`${mode} server exited with ${code}`)));
  });
  return { port, child };
}

/** Asks a server what it served and the CPU it spent (all its threads) since its last reset. */
export function statsOf(server: Server): Promise<Stats> {
  return new Promise((resolve) => {
    server.child.once('message', (m) => resolve(m as Stats));
    server.child.send('stats');
  });
}

export const body = JSON.stringify({
  requester: { type: 'individual', name: 'Andi Pratama', nik: '3171012304900002', email: 'andi@example.org', address: 'Jl. Cikini Raya 12, Jakarta Pusat' },
  information: 'Salinan perjanjian kerja sama kebudayaan Indonesia–Jepang tahun 2024.',
  purpose: 'Bahan penelitian tesis.',
  obtainMethod: 'copy_soft',
  deliveryMethod: 'email',
  unit: 'KBRI-RIYADH',
});
