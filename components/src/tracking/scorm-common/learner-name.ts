/**
 * The learner's name as a certificate prints it. SCORM LMSs (Moodle among them) send
 * `cmi.core.student_name` / `cmi.learner_name` as "Last, First", the order of a class list;
 * a certificate says "First Last".
 */
export function displayName(lmsName: string): string | undefined {
  const name = lmsName.trim();
  if (!name) return undefined;
  const comma = name.indexOf(',');
  if (comma < 0) return name;
  const last = name.slice(0, comma).trim();
  const first = name.slice(comma + 1).trim();
  return [first, last].filter(Boolean).join(' ') || undefined;
}
