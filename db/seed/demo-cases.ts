/**
 * A few requests for the demo body, filed through the real domain (numbers, deadlines, audit
 * trail and e-mails as for any request), so a person opening the quick start finds work in the queues.
 */
import type { Deps } from '../../src/deps';
import { fileRequest } from '../../src/cases/file-request';
import type { Filing } from '../../src/cases/filing.schema';
import { seedDemoHistory } from './demo-history';

const samples: Array<{ unit: string; daysAgo: number; filing: Omit<Filing, 'unit'> }> = [
  {
    unit: 'PPID',
    daysAgo: 1,
    filing: {
      requester: { type: 'individual', name: 'Andi Pratama', nik: '3171012304900002', email: 'andi@example.org', address: 'Jl. Cikini Raya 12, Jakarta Pusat' },
      information: 'Daftar perjanjian internasional bidang perikanan yang ditandatangani tahun 2025 beserta status ratifikasinya.',
      purpose: 'Penelitian skripsi tentang diplomasi maritim.',
      obtainMethod: 'copy_soft',
      deliveryMethod: 'email',
    },
  },
  {
    unit: 'KBRI-RIYADH',
    daysAgo: 3,
    filing: {
      requester: { type: 'individual', name: 'Nur Aini', passportNumber: 'C1234567', phone: '+966501234567', address: 'Al Olaya, Riyadh' },
      information: 'Jumlah layanan perlindungan WNI yang ditangani KBRI Riyadh selama 2025, per jenis kasus.',
      purpose: 'Bahan advokasi organisasi pekerja migran.',
      obtainMethod: 'copy_soft',
      deliveryMethod: 'pickup',
    },
  },
  {
    unit: 'PPID',
    daysAgo: 8,
    filing: {
      requester: {
        type: 'legal_entity',
        name: 'Yayasan Keterbukaan Nusantara',
        legalEntityNumber: 'AHU-0012345.AH.01.04.2019',
        email: 'info@ykn.example.org',
        address: 'Jl. Diponegoro 5, Bandung',
      },
      information: 'Anggaran dan realisasi belanja perjalanan dinas luar negeri Kementerian tahun anggaran 2025.',
      purpose: 'Kajian akuntabilitas anggaran publik.',
      obtainMethod: 'copy_soft',
      deliveryMethod: 'email',
    },
  },
];

export async function seedDemoCases(deps: Deps): Promise<void> {
  const existing = await deps.db.selectFrom('cases').select('id').limit(1).executeTakeFirst();
  if (existing) return;
  // First a year of history through the real workflow (db/seed/demo-history.ts), then the walk-through cases.
  console.log('Demo: seeding a year of history through the workflow (once, on first start)…');
  const history = await seedDemoHistory(deps, { onProgress: (share) => console.log(`Demo: history ${Math.round(share * 100)}%`) });
  console.log(
    `Demo: ${history.requests} requests, ${history.objections} objections, ${history.disputes} disputes (${history.steps} workflow steps) in ${(history.ms / 1000).toFixed(1)} s`,
  );
  const now = deps.clock().getTime();
  for (const s of samples) {
    const receivedAt = new Date(now - s.daysAgo * 86_400_000);
    await fileRequest(
      deps,
      { ...s.filing, unit: s.unit },
      {
        channel: 'web',
        receivedAt,
        lang: 'id',
        enteredBy: { kind: 'requester', id: null, role: 'requester', unit: null },
      },
    );
  }
}
