/**
 * Scores as SCORM sends them. The course score is a percentage with many decimals (weighted
 * mean); LMSs store `score.raw` as a decimal and Moodle's gradebook takes it as the grade, so
 * it is sent 0-100 with two decimals; SCORM 2004's `score.scaled` is the same on 0..1.
 */
const clamp = (score: number): number => (Number.isFinite(score) ? Math.min(100, Math.max(0, score)) : 0);

export const cmiRawScore = (score: number): string => String(Math.round(clamp(score) * 100) / 100);

export const cmiScaledScore = (score: number): string => String(Math.round(clamp(score) * 100) / 10000);
