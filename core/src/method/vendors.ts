/** docs/method.md §9: the vendor decision matrix, its weights and the sources' worked example. */
import type { Text } from '../i18n';

export const VENDOR_CRITERIA: readonly { label: Text; weight: number }[] = [
  { label: { fr: 'Réputation et références', en: 'Reputation & references' }, weight: 0.3 },
  { label: { fr: 'Conformité RGPD / AI Act', en: 'GDPR / AI Act compliance' }, weight: 0.2 },
  { label: { fr: "Flexibilité de l'outil", en: 'Tool flexibility' }, weight: 0.15 },
  { label: { fr: 'Coût total de possession', en: 'Total cost of ownership' }, weight: 0.2 },
  { label: { fr: 'Support et formation', en: 'Support & training' }, weight: 0.15 },
];

/** Scores 0–10 of vendors A, B, C per criterion (in VENDOR_CRITERIA order). */
export const EXAMPLE_VENDORS: readonly { name: Text; scores: readonly number[] }[] = [
  { name: { fr: 'Fournisseur A', en: 'Vendor A' }, scores: [8, 9, 7, 6, 9] },
  { name: { fr: 'Fournisseur B', en: 'Vendor B' }, scores: [6, 7, 8, 8, 7] },
  { name: { fr: 'Fournisseur C', en: 'Vendor C' }, scores: [7, 8, 9, 7, 6] },
];
